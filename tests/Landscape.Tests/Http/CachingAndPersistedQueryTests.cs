using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Landscape.Api.Http.PersistedQueries;
using Landscape.Tests.Infrastructure;

namespace Landscape.Tests.Http;

[Collection(PostgresGroup.Name)]
public sealed class CachingAndPersistedQueryTests(DatabaseFixture database) : SeededApiTests(database)
{
    private const string Query = "{ productCounts(groupBy: LAYER) { total groups { key productCount } } }";

    private static string Get(string query) => "/graphql?query=" + Uri.EscapeDataString(query);

    [Fact]
    public async Task Get_answers_carry_an_etag_of_their_bytes_and_a_public_cache_control()
    {
        using var first = await Client.GetAsync(Get(Query));
        using var second = await Client.GetAsync(Get(Query));
        var firstBytes = await first.Content.ReadAsByteArrayAsync();
        var secondBytes = await second.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(firstBytes, secondBytes);
        Assert.NotNull(first.Headers.ETag);
        Assert.Equal(first.Headers.ETag, second.Headers.ETag);
        Assert.Equal("public, max-age=60", first.Headers.CacheControl?.ToString());
        Assert.Contains("Authorization", first.Headers.Vary);

        using var other = await Client.GetAsync(Get("{ productCounts(groupBy: COUNTRY) { total } }"));
        Assert.NotEqual(first.Headers.ETag, other.Headers.ETag);
    }

    [Fact]
    public async Task A_matching_if_none_match_gets_304_without_a_body()
    {
        using var first = await Client.GetAsync(Get(Query));
        using var request = new HttpRequestMessage(HttpMethod.Get, Get(Query));
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        using var revalidated = await Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, revalidated.StatusCode);
        Assert.Empty(await revalidated.Content.ReadAsByteArrayAsync());
        Assert.Equal(first.Headers.ETag, revalidated.Headers.ETag);

        using var stale = new HttpRequestMessage(HttpMethod.Get, Get(Query));
        stale.Headers.TryAddWithoutValidation("If-None-Match", "\"something-else\"");
        Assert.Equal(HttpStatusCode.OK, (await Client.SendAsync(stale)).StatusCode);
    }

    [Theory]
    [InlineData("Authorization", "Bearer not-a-real-key")]
    [InlineData("X-Api-Key", "not-a-real-key")]
    public async Task Requests_with_credentials_are_never_cached_publicly(string header, string value)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, Get(Query));
        request.Headers.TryAddWithoutValidation(header, value);
        using var response = await Client.SendAsync(request);
        Assert.True(response.Headers.CacheControl is { Private: true, NoStore: true, Public: false }, response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task Answers_with_errors_are_not_stored()
    {
        using var response = await Client.GetAsync(Get("{ usageLeaders(metric: MONTHLY_ACTIVE_USERS, first: 1000) { rank } }"));
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task The_allowlist_in_the_repository_runs_by_hash_over_get_and_post_in_both_protocols()
    {
        var path = Path.Combine(RepositoryPaths.Root, "src", "Landscape.Api", "PersistedQueries", "Milestones.graphql");
        var hash = PersistedQueryStore.Hash(await File.ReadAllTextAsync(path));
        var variables = Uri.EscapeDataString("""{"metric":"MONTHLY_ACTIVE_USERS","threshold":100000000}""");

        using var byDocumentId = await Client.GetAsync($"/graphql?documentId=sha256:{hash}&variables={variables}");
        var body = JsonNode.Parse(await byDocumentId.Content.ReadAsStringAsync())!;
        Assert.True(body["errors"] is null, body.Json());
        Assert.Contains(body["data"]!["milestones"]!.AsArray(), m => (string?)m!["product"]!["slug"] == "chatgpt");
        Assert.NotNull(byDocumentId.Headers.ETag);

        var apollo = Uri.EscapeDataString("{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"" + hash + "\"}}");
        using var byApolloHash = await Client.GetAsync($"/graphql?extensions={apollo}&variables={variables}");
        Assert.Equal(await byDocumentId.Content.ReadAsStringAsync(), await byApolloHash.Content.ReadAsStringAsync());

        using var posted = await Client.PostAsJsonAsync("/graphql", new
        {
            documentId = "sha256:" + hash,
            variables = new { metric = "MONTHLY_ACTIVE_USERS", threshold = 100_000_000 },
        });
        Assert.Null(JsonNode.Parse(await posted.Content.ReadAsStringAsync())!["errors"]);
    }

    [Fact]
    public async Task Every_allowlisted_document_is_a_valid_query()
    {
        var folder = Path.Combine(RepositoryPaths.Root, "src", "Landscape.Api", "PersistedQueries");
        var files = Directory.GetFiles(folder, "*.graphql");
        Assert.True(files.Length >= 5);
        foreach (var file in files)
        {
            var text = await File.ReadAllTextAsync(file);
            Assert.StartsWith("query", text.Split('\n').First(l => !l.StartsWith('#')), StringComparison.Ordinal);
            // Run with no variables: a missing required variable is reported, anything else (a bad field) fails.
            using var response = await Client.PostAsJsonAsync("/graphql", new { documentId = "sha256:" + PersistedQueryStore.Hash(text) });
            var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
            Assert.All(body["errors"]?.AsArray() ?? [], e => Assert.Equal("INVALID_VALUE", (string?)e!["extensions"]!["code"]));
        }
    }

    [Fact]
    public async Task An_unknown_hash_is_persisted_query_not_found_and_apq_registration_is_off_by_default()
    {
        var hash = PersistedQueryStore.Hash("{ viewer { role } }");
        var extensions = new JsonObject { ["persistedQuery"] = new JsonObject { ["version"] = 1, ["sha256Hash"] = hash } };

        var unknown = await PostAsync(Client, new { extensions });
        Assert.Equal("PersistedQueryNotFound", (string?)unknown["errors"]![0]!["message"]);
        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", (string?)unknown["errors"]![0]!["extensions"]!["code"]);

        // With the query the request runs, but the hash is not remembered.
        var withQuery = await PostAsync(Client, new { query = "{ viewer { role } }", extensions });
        Assert.Null(withQuery["errors"]);
        Assert.Equal("PersistedQueryNotFound", (string?)(await PostAsync(Client, new { extensions }))["errors"]![0]!["message"]);
    }

    [Fact]
    public async Task With_apq_enabled_a_query_is_registered_on_first_use_and_a_wrong_hash_is_refused()
    {
        await using var factory = new LandscapeApiFactory(await Database.SeededAsync())
            .WithWebHostBuilder(b => b.UseSetting("PersistedQueries:AllowAutomatic", "true"));
        using var client = factory.CreateClient();
        const string query = "{ productCounts(groupBy: LAUNCH_YEAR) { total } }";
        var hash = PersistedQueryStore.Hash(query);
        var extensions = new JsonObject { ["persistedQuery"] = new JsonObject { ["version"] = 1, ["sha256Hash"] = hash } };

        Assert.Equal("PersistedQueryNotFound", (string?)(await PostAsync(client, new { extensions }))["errors"]![0]!["message"]);
        Assert.Null((await PostAsync(client, new { query, extensions }))["errors"]);
        var again = await PostAsync(client, new { extensions });
        Assert.True(again["errors"] is null, again.Json());
        Assert.True((int)again["data"]!["productCounts"]!["total"]! > 100);

        var wrong = new JsonObject { ["persistedQuery"] = new JsonObject { ["version"] = 1, ["sha256Hash"] = PersistedQueryStore.Hash("{ x }") } };
        using var mismatch = await client.PostAsJsonAsync("/graphql", new { query, extensions = wrong });
        Assert.Equal(HttpStatusCode.BadRequest, mismatch.StatusCode);
        Assert.Contains("does not match", await mismatch.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cors_lets_any_origin_read_without_credentials_by_default()
    {
        using var preflight = new HttpRequestMessage(HttpMethod.Options, "/graphql");
        preflight.Headers.Add("Origin", "https://dashboards.example.org");
        preflight.Headers.Add("Access-Control-Request-Method", "POST");
        preflight.Headers.Add("Access-Control-Request-Headers", "content-type");
        using var answer = await Client.SendAsync(preflight);
        Assert.Equal(HttpStatusCode.NoContent, answer.StatusCode);
        Assert.Equal("*", answer.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.False(answer.Headers.Contains("Access-Control-Allow-Credentials"));

        using var get = new HttpRequestMessage(HttpMethod.Get, Get(Query));
        get.Headers.Add("Origin", "https://dashboards.example.org");
        using var read = await Client.SendAsync(get);
        Assert.Equal("*", read.Headers.GetValues("Access-Control-Allow-Origin").Single());
    }

    [Fact]
    public async Task Cors_origins_come_from_settings()
    {
        await using var factory = new LandscapeApiFactory(await Database.SeededAsync())
            .WithWebHostBuilder(b => b.UseSetting("Cors:Origins:0", "https://allowed.example.org"));
        using var client = factory.CreateClient();
        foreach (var (origin, allowed) in new[] { ("https://allowed.example.org", true), ("https://other.example.org", false) })
        {
            using var get = new HttpRequestMessage(HttpMethod.Get, Get(Query));
            get.Headers.Add("Origin", origin);
            using var read = await client.SendAsync(get);
            Assert.Equal(allowed, read.Headers.Contains("Access-Control-Allow-Origin"));
        }
    }

    private static async Task<JsonNode> PostAsync(HttpClient client, object body)
    {
        using var response = await client.PostAsJsonAsync("/graphql", body);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }
}
