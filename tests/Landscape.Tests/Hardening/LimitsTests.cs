using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Landscape.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Landscape.Tests.Hardening;

[Collection(PostgresGroup.Name)]
public sealed class LimitsTests(DatabaseFixture database) : SeededApiTests(database)
{
    [Fact]
    public async Task An_overlong_query_is_refused_before_parsing()
    {
        var query = "{ products { totalCount } }" + new string(' ', 20_001);
        var body = await PostAsync(query);
        Assert.Equal("QUERY_TOO_LONG", Code(body));
    }

    [Fact]
    public async Task Alias_bombs_and_too_many_root_fields_are_refused_with_codes()
    {
        var aliases = "{ " + string.Join(' ', Enumerable.Range(0, 60).Select(i => $"a{i}: viewer {{ authenticated }}")) + " }";
        Assert.Equal("TOO_MANY_ALIASES", Code(await PostAsync(aliases)));

        var roots = "{ " + string.Join(' ', Enumerable.Range(0, 25).Select(i => "viewer { authenticated }")) + " }";
        Assert.Equal("TOO_MANY_ROOT_FIELDS", Code(await PostAsync(roots)));
    }

    [Fact]
    public async Task Lists_longer_than_250_items_are_refused_as_literals_and_as_variables()
    {
        var slugs = Enumerable.Range(0, 251).Select(i => $"c{i}").ToList();
        var literal = "{ products(filter: {categorySlugs: [" + string.Join(',', slugs.Select(s => $"\"{s}\"")) + "]}) { totalCount } }";
        Assert.Equal("LIST_TOO_LONG", Code(await PostAsync(literal)));

        var variable = await PostAsync("query($s: [String!]) { products(filter: {categorySlugs: $s}) { totalCount } }", new { s = slugs });
        Assert.Equal("LIST_TOO_LONG", Code(variable));
    }

    [Fact]
    public async Task A_request_over_the_callers_budget_gets_429_with_Retry_After_and_the_bucket_state()
    {
        await using var factory = new LandscapeApiFactory(await Database.SeededAsync(), new Dictionary<string, string>
        {
            ["RateLimit:TokenLimit"] = "300",
            ["RateLimit:TokensPerSecond"] = "1",
        });
        using var client = factory.CreateClient();
        const string Query = "{ products(first: 20) { nodes { name } } }";

        var first = await client.PostAsJsonAsync("/graphql", new { query = Query });
        var firstBody = JsonNode.Parse(await first.Content.ReadAsStringAsync())!;
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var throttle = firstBody["extensions"]!["cost"]!["throttleStatus"]!;
        Assert.Equal(300, (int)throttle["maximumAvailable"]!);
        Assert.True((int)throttle["currentlyAvailable"]! < 300);

        HttpResponseMessage? limited = null;
        for (var i = 0; i < 20 && limited is null; i++)
        {
            var response = await client.PostAsJsonAsync("/graphql", new { query = Query });
            limited = response.StatusCode == HttpStatusCode.TooManyRequests ? response : null;
        }
        Assert.NotNull(limited);
        Assert.True(limited.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        var body = JsonNode.Parse(await limited.Content.ReadAsStringAsync())!;
        Assert.Equal("RATE_LIMITED", Code(body));
        Assert.NotNull(body["extensions"]!["cost"]!["throttleStatus"]);
    }

    private async Task<JsonNode> PostAsync(string query, object? variables = null)
    {
        using var response = await Client.PostAsJsonAsync("/graphql", new { query, variables });
        Assert.True((int)response.StatusCode is >= 200 and < 500, $"HTTP {(int)response.StatusCode}");
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    [Fact]
    public async Task A_request_with_two_maps_takes_one_heavy_slot_and_frees_it()
    {
        await using var factory = new LandscapeApiFactory(await Database.SeededAsync(), new Dictionary<string, string>
        {
            ["GraphQL:HeavyRequestConcurrency"] = "1",
        });
        using var client = factory.CreateClient();
        var gate = factory.Services.GetRequiredService<Landscape.Api.Graph.Limits.HeavyRequestGate>();

        var slot = await gate.HoldAsync(CancellationToken.None);
        var maps = client.QueryAsync("{ models: landscape(layer: MODEL) { layer } apps: landscape(layer: APPLICATION) { layer } }");
        await Task.Delay(300);
        Assert.False(maps.IsCompleted);

        slot.Dispose();
        var result = await maps.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Null(result["errors"]);
        using var free = await gate.HoldAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task Dashboard_aggregates_take_turns_in_the_database()
    {
        await using var factory = new LandscapeApiFactory(await Database.SeededAsync(), new Dictionary<string, string>
        {
            ["GraphQL:AggregateConcurrency"] = "1",
        });
        using var client = factory.CreateClient();
        var gate = factory.Services.GetRequiredService<Landscape.Api.Graph.Stats.AggregateScanGate>();
        const string Dashboard = "{ fundingBreakdown(groupBy: LAYER) { groups { key } } fundingOverTime(interval: YEAR) { periodStart } }";
        Assert.Null((await client.QueryAsync(Dashboard))["errors"]); // warm: a first request is slow for other reasons

        var scan = new TaskCompletionSource<int>();
        var busy = gate.RunAsync(() => scan.Task, CancellationToken.None);
        var dashboard = client.QueryAsync(Dashboard);
        await Task.Delay(500);
        Assert.False(dashboard.IsCompleted);

        scan.SetResult(0);
        await busy;
        var result = await dashboard.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Null(result["errors"]);
        Assert.NotEmpty(result["data"]!["fundingOverTime"]!.AsArray());
    }

    [Fact]
    public async Task Whole_maps_wait_for_a_free_slot_through_GraphQL_and_the_embed_alike_while_pages_do_not()
    {
        await using var factory = new LandscapeApiFactory(await Database.SeededAsync(), new Dictionary<string, string>
        {
            ["GraphQL:HeavyRequestConcurrency"] = "1",
        });
        using var client = factory.CreateClient();
        var gate = factory.Services.GetRequiredService<Landscape.Api.Graph.Limits.HeavyRequestGate>();

        var slot = await gate.HoldAsync(CancellationToken.None);
        var map = client.QueryAsync("{ landscape(layer: MODEL) { categories { products { name } } } }");
        var embed = client.GetAsync("/embed/landscape?layer=MODEL");
        var page = await client.DataAsync("{ products(first: 5) { nodes { name } } }");
        await Task.Delay(500);
        Assert.Equal(5, page["products"]!["nodes"]!.AsArray().Count);
        Assert.False(map.IsCompleted);
        Assert.False(embed.IsCompleted);

        slot.Dispose();
        Assert.Null((await map)["errors"]);
        using var response = await embed;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // Both gave their slot back.
        using var again = await gate.HoldAsync(new CancellationTokenSource(TimeSpan.FromSeconds(10)).Token);
    }

    private static string? Code(JsonNode body) => (string?)body["errors"]?[0]?["extensions"]?["code"];
}

[Collection(PostgresGroup.Name)]
public sealed class IntrospectionSettingsTests(DatabaseFixture database)
{
    [Fact]
    public async Task Introspection_and_field_suggestions_can_be_turned_off_for_production()
    {
        await using var factory = new LandscapeApiFactory(await database.SeededAsync(), new Dictionary<string, string>
        {
            ["GraphQL:EnableIntrospection"] = "false",
            ["GraphQL:EnableFieldSuggestions"] = "false",
        });
        using var client = factory.CreateClient();

        var introspection = await client.QueryAsync("{ __schema { types { name } } }");
        Assert.NotNull(introspection["errors"]);
        var typo = await client.QueryAsync("{ product(slug: \"chatgpt\") { nam } }");
        var message = (string)typo["errors"]![0]!["message"]!;
        Assert.DoesNotContain("Did you mean", message);
        Assert.Equal("ChatGPT", (string?)(await client.DataAsync("{ product(slug: \"chatgpt\") { name } }"))["product"]!["name"]);

        await using var defaults = new LandscapeApiFactory(await database.SeededAsync());
        using var open = defaults.CreateClient();
        Assert.Contains("Did you mean", (string)(await open.QueryAsync("{ product(slug: \"chatgpt\") { nam } }"))["errors"]![0]!["message"]!);
        Assert.Null((await open.QueryAsync("{ __schema { types { name } } }"))["errors"]);
    }
}
