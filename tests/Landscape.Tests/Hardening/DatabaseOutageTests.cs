using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Landscape.Api.Auth;
using Landscape.Data.Entities;
using Landscape.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace Landscape.Tests.Hardening;

/// <summary>
/// Stops and restarts a real PostgreSQL under a steady read and write load: readiness and
/// requests report the outage cleanly, the service recovers without a restart, and every
/// acknowledged write is there afterwards. Uses its own cluster, since it stops it, but runs
/// with the other database tests, not beside them: recovering clears Npgsql's pools process-wide.
/// </summary>
[Collection(PostgresGroup.Name)]
public sealed class DatabaseOutageTests(ITestOutputHelper output)
{
    [Fact]
    public async Task An_outage_is_reported_cleanly_recovered_from_without_a_restart_and_loses_no_acknowledged_write()
    {
        var script = Path.Combine(RepositoryPaths.Root, "deploy", "postgres-local.sh");
        var data = Path.Combine(Path.GetTempPath(), "landscape-outage-" + Guid.NewGuid().ToString("N")[..8]);
        var port = FreePort();
        var cs = (await RunAsync(script, "start", data, port.ToString(System.Globalization.CultureInfo.InvariantCulture))).Trim();
        try
        {
            await using (var db = DatabaseFixture.CreateContext(cs))
            {
                await db.Database.MigrateAsync();
            }
            var key = await SeedAsync(cs);
            await using var factory = new LandscapeApiFactory(cs);
            using var client = factory.CreateClient();
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);

            var acknowledged = new ConcurrentBag<string>();
            var statuses = new ConcurrentBag<int>();
            using var stop = new CancellationTokenSource();
            var product = (string)(await client.DataAsync("""{ product(slug: "widget") { id } }"""))["product"]!["id"]!;
            var load = Task.WhenAll(Enumerable.Range(0, 4).Select(worker => LoadAsync(client, product, worker, acknowledged, statuses, stop.Token)));
            await Task.Delay(1500);

            await RunAsync(script, "stop", data);
            var down = Stopwatch.StartNew();
            while ((await client.GetAsync("/readyz")).StatusCode != HttpStatusCode.ServiceUnavailable)
            {
                Assert.True(down.Elapsed < TimeSpan.FromSeconds(5), "/readyz did not fail within 5 s of the outage");
                await Task.Delay(100);
            }
            var detected = down.Elapsed;
            var during = await client.PostAsJsonAsync("/graphql", new { query = "{ products(first: 3) { nodes { name } } }" });
            var duringBody = JsonNode.Parse(await during.Content.ReadAsStringAsync())!;
            Assert.True(during.StatusCode == HttpStatusCode.ServiceUnavailable, $"{during.StatusCode}: {duringBody.ToJsonString()}");
            Assert.Equal("DATABASE_UNAVAILABLE", (string?)duringBody["errors"]![0]!["extensions"]!["code"]);

            await RunAsync(script, "start", data, port.ToString(System.Globalization.CultureInfo.InvariantCulture));
            var up = Stopwatch.StartNew();
            while (true)
            {
                var response = await client.PostAsJsonAsync("/graphql", new { query = "{ products(first: 3) { nodes { name } } }" });
                if (response.StatusCode == HttpStatusCode.OK && JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"] is null
                    && (await client.GetAsync("/readyz")).StatusCode == HttpStatusCode.OK)
                {
                    break;
                }
                Assert.True(up.Elapsed < TimeSpan.FromSeconds(10), "the service did not recover within 10 s of the restart");
                await Task.Delay(100);
            }
            var recovered = up.Elapsed;
            await Task.Delay(1000);
            await stop.CancelAsync();
            await load;

            output.WriteLine($"outage detected by /readyz in {detected.TotalMilliseconds:0} ms; recovered {recovered.TotalMilliseconds:0} ms after restart; " +
                $"{acknowledged.Count} writes acknowledged; statuses seen: {string.Join(", ", statuses.GroupBy(s => s).Select(g => $"{g.Key}×{g.Count()}"))}");
            Assert.DoesNotContain(500, statuses);
            Assert.NotEmpty(acknowledged);
            await using var check = DatabaseFixture.CreateContext(cs);
            var written = await check.UsageMetrics.Select(u => u.Note).ToListAsync();
            Assert.All(acknowledged, note => Assert.Contains(note, written));
            var history = await check.Changes.CountAsync(c => c.EntityType == nameof(UsageMetric));
            Assert.Equal(written.Count, history);
        }
        finally
        {
            await RunAsync(script, "stop", data);
            Directory.Delete(data, recursive: true);
        }
    }

    private static async Task LoadAsync(HttpClient client, string product, int worker, ConcurrentBag<string> acknowledged,
        ConcurrentBag<int> statuses, CancellationToken stop)
    {
        for (var i = 0; !stop.IsCancellationRequested; i++)
        {
            var note = $"w{worker}-{i}";
            var query = i % 2 == 0
                ? "{ products(first: 5) { nodes { name organization { name } } } }"
                : "mutation { addUsageMetric(input: {productId: \"" + product + "\", metric: DOWNLOADS, value: " + i +
                  ", asOf: \"2024-01-01\", method: COMPANY_REPORTED, note: \"" + note + "\", source: {url: \"https://example.com/" + note +
                  "\", title: \"T\"} }) { usageMetric { id } userErrors { code } } }";
            try
            {
                using var response = await client.PostAsJsonAsync("/graphql", new { query }, CancellationToken.None);
                statuses.Add((int)response.StatusCode);
                var body = JsonNode.Parse(await response.Content.ReadAsStringAsync(CancellationToken.None))!;
                if (i % 2 == 1 && body["data"]?["addUsageMetric"]?["usageMetric"] is not null)
                {
                    acknowledged.Add(note);
                }
            }
            catch (HttpRequestException)
            {
                statuses.Add(0);
            }
            await Task.Delay(50, CancellationToken.None);
        }
    }

    private static async Task<string> SeedAsync(string cs)
    {
        await using var db = DatabaseFixture.CreateContext(cs);
        var category = new Category { Slug = "assistants", Name = "Assistants", Layer = Layer.Application };
        db.Products.Add(new Product { Slug = "widget", Name = "Widget", Layer = Layer.Application, Categories = [new ProductCategory { Category = category }] });
        var secret = ApiKeySecret.Generate();
        db.ApiKeys.Add(new ApiKey { Name = "outage", Role = ApiKeyRole.Analyst, KeyHash = ApiKeySecret.Hash(secret), CreatedAt = DateTimeOffset.UtcNow });
        await db.SaveChangesAsync();
        return secret;
    }

    private static async Task<string> RunAsync(string file, params string[] arguments)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        var text = await process.StandardOutput.ReadToEndAsync();
        var errors = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"{Path.GetFileName(file)} {string.Join(' ', arguments)} failed: {errors}");
        return text;
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
