using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Landscape.Data.Entities;
using Landscape.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Landscape.Tests.Hostile;

/// <summary>
/// Fifty analysts, each with a key of their own, update five shared products at once with the
/// version they last read, re-reading and retrying on CONFLICT a bounded number of times. Nothing
/// acknowledged may be lost: every product's version, history and final state must agree with the
/// updates that were acknowledged.
/// </summary>
[Collection(PostgresGroup.Name)]
public sealed class ConcurrentWriterTests(DatabaseFixture database, ITestOutputHelper output)
{
    private const int Analysts = 50;
    private const int Products = 5;
    private const int UpdatesPerAnalyst = 4;
    private const int MaxAttempts = 25;

    [Fact]
    public async Task Fifty_concurrent_analysts_lose_no_update_and_the_history_matches_the_final_state()
    {
        await using var api = await HostileApi.StartAsync(database);
        // The whole test run shares one PostgreSQL (max_connections 100) and its pools stay open;
        // as in production, the service's pool must stay below what the server allows, so fifty
        // writers queue for connections instead of being refused one ("too many clients").
        await using var factory = new LandscapeApiFactory(api.ConnectionString + ";Maximum Pool Size=30");
        using var setup = Client(factory, api.AnalystKey);
        var products = new List<string>();
        for (var p = 0; p < Products; p++)
        {
            var slug = $"race-{Guid.NewGuid():N}"[..18];
            var created = await setup.DataAsync($$"""
                mutation { createProduct(input: {slug: "{{slug}}", name: "Race {{slug}}", layer: APPLICATION, categorySlugs: ["assistants"], allowSimilarName: true})
                  { product { id } userErrors { code message } } }
                """);
            products.Add((string)created["createProduct"]!["product"]!["id"]!);
        }
        var keys = await Task.WhenAll(Enumerable.Range(0, Analysts).Select(a => HostileApi.CreateKeyAsync(api.ConnectionString, $"analyst{a}", ApiKeyRole.Analyst)));

        var acknowledged = new ConcurrentBag<(string Product, int From, string Description)>();
        var unexpected = new ConcurrentBag<string>();
        int conflicts = 0, retries = 0, gaveUp = 0;
        await Task.WhenAll(keys.Select((key, analyst) => Task.Run(async () =>
        {
            using var client = Client(factory, key);
            var random = new Random(analyst);
            for (var u = 0; u < UpdatesPerAnalyst; u++)
            {
                var product = products[random.Next(Products)];
                var description = $"analyst {analyst} update {u}";
                var done = false;
                for (var attempt = 0; attempt < MaxAttempts && !done; attempt++)
                {
                    if (attempt > 0)
                    {
                        Interlocked.Increment(ref retries);
                    }
                    var read = await client.QueryAsync($$"""{ node(id: "{{product}}") { ... on Product { version } } }""");
                    if (read["data"]?["node"]?["version"] is not JsonValue readVersion)
                    {
                        unexpected.Add(read.ToJsonString());
                        break;
                    }
                    var version = (int)readVersion;
                    var body = await client.QueryAsync($$"""
                        mutation { updateProduct(input: {id: "{{product}}", expectedVersion: {{version}}, description: "{{description}}"})
                          { product { version description } userErrors { code message } } }
                        """);
                    var payload = body["data"]?["updateProduct"];
                    if (payload?["product"] is JsonObject updated)
                    {
                        Assert.Equal(version + 1, (int)updated["version"]!);
                        acknowledged.Add((product, version, description));
                        done = true;
                    }
                    else if (payload?["userErrors"]?.AsArray().Any(e => (string?)e!["code"] == "CONFLICT") == true)
                    {
                        Interlocked.Increment(ref conflicts);
                    }
                    else
                    {
                        unexpected.Add(body.ToJsonString());
                        done = true;
                    }
                }
                if (!done)
                {
                    Interlocked.Increment(ref gaveUp);
                }
            }
        })));

        output.WriteLine($"{Analysts} analysts, {Products} products: {acknowledged.Count} acknowledged updates, {conflicts} conflicts, "
            + $"{retries} retries, {gaveUp} gave up after {MaxAttempts} attempts, {unexpected.Count} unexpected answers.");
        Assert.True(unexpected.IsEmpty, "Unexpected answers (INTERNAL_ERROR, deadlock, 5xx?):\n" + string.Join('\n', unexpected.Take(5)));
        Assert.NotEmpty(acknowledged);

        foreach (var product in products)
        {
            var mine = acknowledged.Where(a => a.Product == product).OrderBy(a => a.From).ToList();
            var read = (await setup.DataAsync($$"""
                { node(id: "{{product}}") { ... on Product { version description } }
                  changes(entityId: "{{product}}", first: 100) { totalCount nodes { action before after } } }
                """));
            var final = read["node"]!;
            var updates = read["changes"]!["nodes"]!.AsArray().Where(c => (string?)c!["action"] == "UPDATE")
                .Select(c => (Before: JsonNode.Parse((string)c!["before"]!)!, After: JsonNode.Parse((string)c["after"]!)!))
                .OrderBy(c => (int)c.Before["version"]!)
                .ToList();

            // No lost update: every acknowledged write moved the version by one, and only they did.
            Assert.Equal(mine.Count, (int)final["version"]! - 1);
            Assert.Equal(mine.Count, updates.Count);
            for (var i = 0; i < updates.Count; i++)
            {
                Assert.Equal(i + 1, (int)updates[i].Before["version"]!);
                Assert.Equal(i + 2, (int)updates[i].After["version"]!);
                Assert.Equal(mine[i].From, (int)updates[i].Before["version"]!);
                Assert.Equal(mine[i].Description, (string?)updates[i].After["description"]);
                if (i > 0)
                {
                    Assert.Equal((string?)updates[i - 1].After["description"], (string?)updates[i].Before["description"]);
                }
            }
            if (updates.Count > 0)
            {
                Assert.Equal((string?)updates[^1].After["description"], (string?)final["description"]);
            }
        }
    }

    private static HttpClient Client(LandscapeApiFactory factory, string key)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return client;
    }
}
