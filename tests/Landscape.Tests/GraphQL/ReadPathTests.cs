using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Landscape.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Landscape.Tests.GraphQL;

/// <summary>The fast paths of the read side give the same answers as the exact ones.</summary>
[Collection(PostgresGroup.Name)]
public sealed class ReadPathTests(DatabaseFixture database) : SeededApiTests(database)
{
    [Fact]
    public async Task Todays_funding_totals_from_the_kept_column_match_the_sums_of_the_rounds()
    {
        // No asOf: the trigger-kept column; a far-future asOf: the rounds summed at query time.
        const string Query = """
            query($day: Date) { organizations(first: 100) { nodes { slug totalFundingUsd
                sum: fundingRounds(first: 100) { nodes { amountUsd } } } }
              dated: organizations(first: 100, asOf: $day) { nodes { slug totalFundingUsd } } }
            """;
        var data = await Client.DataAsync(Query, new { day = "2999-01-01" });

        var dated = data["dated"]!["nodes"]!.AsArray().ToDictionary(n => (string)n!["slug"]!, n => (double?)n!["totalFundingUsd"]);
        foreach (var node in data["organizations"]!["nodes"]!.AsArray())
        {
            var amounts = node!["sum"]!["nodes"]!.AsArray().Select(r => (double?)r!["amountUsd"]).Where(a => a is not null).ToList();
            var expected = amounts.Count == 0 ? null : (double?)amounts.Sum();
            Assert.Equal(expected, (double?)node["totalFundingUsd"]);
            Assert.Equal(dated[(string)node["slug"]!], (double?)node["totalFundingUsd"]);
        }
    }

    [Fact]
    public async Task One_entry_read_alone_gets_the_same_answer_as_in_a_batch_of_many()
    {
        // Alone, every loader below has one key (sent as `= @key`); in a batch, several (`= ANY(@keys)`).
        (string Type, string Slug, string Other, string Fields)[] cases =
        [
            ("organization", "openai", "anthropic", "fundingRounds(first: 5) { nodes { id amountUsd investors { isLead investor { slug } } } }"),
            ("organization", "openai", "anthropic", "products { slug builtOn { slug } }"),
            ("organization", "openai", "anthropic", "products { slug categories { slug } usage(first: 3) { nodes { id value } } }"),
            ("organization", "openai", "anthropic", "models { slug }"),
            ("model", "codex", "gpt-3-5", "lineage(direction: ANCESTORS, maxDepth: 3) { depth model { slug } }"),
        ];
        foreach (var (type, slug, other, fields) in cases)
        {
            var alone = (await Client.DataAsync($$"""{ {{type}}(slug: "{{slug}}") { id {{fields}} } }"""))[type]!;
            var otherId = (string)(await Client.DataAsync($$"""{ {{type}}(slug: "{{other}}") { id } }"""))[type]!["id"]!;
            var batch = await Client.DataAsync($$"""query($ids: [ID!]!) { nodes(ids: $ids) { id ... on {{char.ToUpperInvariant(type[0]) + type[1..]}} { {{fields}} } } }""",
                new { ids = new[] { otherId, (string)alone["id"]! } });

            var inBatch = batch["nodes"]![1]!;
            var list = inBatch.AsObject().Last().Value!;
            Assert.NotEmpty(list is JsonArray entries ? entries : list["nodes"]!.AsArray());
            Assert.NotEqual(batch["nodes"]![0]!.ToJsonString(), inBatch.ToJsonString());
            Assert.True(JsonNode.DeepEquals(alone, inBatch), alone.Json() + "\n---\n" + inBatch.Json());
        }
    }

    [Fact]
    public async Task Investors_read_with_their_rounds_cost_no_statement_and_match_those_read_on_their_own()
    {
        const string Rounds = """{ organization(slug: "openai") { fundingRounds(first: 100) { nodes { id } } } }""";
        const string WithInvestors = """
            { organization(slug: "openai") { fundingRounds(first: 100) { nodes { id investors { isLead investor { slug } } } } } }
            """;
        var bare = await Client.QueryAsync(Rounds);
        var joined = await Client.QueryAsync(WithInvestors);
        Assert.Equal((int)bare["extensions"]!["cost"]!["sqlCommands"]!, (int)joined["extensions"]!["cost"]!["sqlCommands"]!);

        // The root list reads investors through their own loader.
        var separate = await Client.DataAsync("""
            { fundingRounds(first: 100, filter: {organizationSlug: "openai"}) { nodes { id investors { isLead investor { slug } } } } }
            """);
        var expected = separate["fundingRounds"]!["nodes"]!.AsArray().ToDictionary(n => (string)n!["id"]!, n => n!["investors"]);
        var rounds = joined["data"]!["organization"]!["fundingRounds"]!["nodes"]!.AsArray();
        Assert.Contains(rounds, r => r!["investors"]!.AsArray().Count > 1);
        Assert.Equal(expected.Count, rounds.Count);
        Assert.All(rounds, r => Assert.True(JsonNode.DeepEquals(expected[(string)r!["id"]!], r["investors"]), r.Json()));
    }

    [Fact]
    public async Task Ordering_by_funding_today_and_on_a_far_future_day_gives_the_same_products()
    {
        const string Query = """
            query($day: Date) { products(first: 30, asOf: $day, filter: {layer: APPLICATION, launchedAfter: "1900-01-01"},
                orderBy: {field: TOTAL_FUNDING_USD, direction: DESC}) { nodes { slug discontinuedOn } } }
            """;
        // A product discontinued by now is off the map on the later day; today (no asOf) lists every product.
        static List<string> Slugs(JsonNode data) => data["products"]!["nodes"]!.AsArray()
            .Where(n => n!["discontinuedOn"] is null).Select(n => (string)n!["slug"]!).ToList();

        var today = Slugs(await Client.DataAsync(Query, new { day = (string?)null }));
        var future = Slugs(await Client.DataAsync(Query, new { day = "2999-01-01" }));

        Assert.Equal(future.Take(today.Count), today);
    }

    [Fact]
    public async Task The_landscape_map_reads_descriptions_only_when_asked_and_then_returns_them()
    {
        var lean = await Client.DataAsync("{ landscape(layer: APPLICATION) { categories { products { name description } } } }");
        var withFragment = await Client.DataAsync("""
            { landscape(layer: APPLICATION) { categories { products { ...P } } } }
            fragment P on Product { name homepageUrl }
            """);

        var products = MapProducts(lean);
        Assert.Contains(products, p => (string?)p!["description"] is { Length: > 0 });
        var detail = await Client.DataAsync("{ landscape(layer: APPLICATION) { categories { products { version } } } }");
        Assert.All(MapProducts(detail), p => Assert.True((int)p!["version"]! >= 1));
        var viaFragment = MapProducts(withFragment);
        Assert.Contains(viaFragment, p => (string?)p!["homepageUrl"] is { Length: > 0 });
    }

    [Fact]
    public async Task The_landscape_map_reads_slugs_only_when_asked_and_then_returns_them()
    {
        var names = await Client.DataAsync("{ landscape(layer: APPLICATION) { categories { products { name } } } }");
        var withSlugs = await Client.DataAsync("""
            { landscape(layer: APPLICATION) { categories { products { ...P } } } }
            fragment P on Product { name slug }
            """);

        var slugged = MapProducts(withSlugs);
        Assert.NotEmpty(slugged);
        Assert.Equal(MapProducts(names).Select(p => (string?)p!["name"]), slugged.Select(p => (string?)p!["name"]));
        Assert.All(slugged, p => Assert.Matches("^[a-z0-9]+(-[a-z0-9]+)*$", (string?)p!["slug"]));
    }

    /// <summary>Every product of the first layer of a `landscape` answer, category after category.</summary>
    private static List<JsonNode?> MapProducts(JsonNode data) =>
        data["landscape"]![0]!["categories"]!.AsArray().SelectMany(c => c!["products"]!.AsArray()).ToList();

    [Fact]
    public async Task A_cached_document_without_variables_is_costed_by_the_operation_it_runs_on_every_request()
    {
        const string Query = """
            query Small { products(first: 1) { nodes { name } } }
            query Large { products(first: 50) { nodes { name categories { name } } } }
            """;
        async Task<JsonNode> RunAsync(string? operationName)
        {
            using var response = await Client.PostAsJsonAsync("/graphql", new { query = Query, operationName });
            return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        }
        static double Cost(JsonNode result) => (double)result["extensions"]!["cost"]!["requestedQueryCost"]!;

        var documents = Factory.Services.GetRequiredService<Landscape.Api.Graph.Pipeline.DocumentCache>();
        var small = await RunAsync("Small");
        Assert.True(documents.TryGet(Query, out _), "a document that ran is kept, parsed and validated");
        var large = await RunAsync("Large");
        var smallAgain = await RunAsync("Small");
        var largeAgain = await RunAsync("Large");
        var unnamed = await RunAsync(null);
        var unknown = await RunAsync("Missing");

        Assert.True(Cost(large) > Cost(small));
        Assert.Equal(Cost(small), Cost(smallAgain));
        Assert.Equal(Cost(large), Cost(largeAgain));
        Assert.Single(smallAgain["data"]!["products"]!["nodes"]!.AsArray());
        Assert.Equal(50, largeAgain["data"]!["products"]!["nodes"]!.AsArray().Count);
        Assert.NotNull(unnamed["errors"]);
        Assert.NotNull(unknown["errors"]);
    }

    [Fact]
    public async Task A_cached_document_is_still_costed_with_its_variables_and_refused_above_the_limit()
    {
        const string Query = """
            query($n: Int) { products(first: $n) { nodes { organization { fundingRounds(first: 100) { nodes { investors { investor { name } } } } } } } }
            """;
        var small = await Client.QueryAsync(Query, new { n = 1 });
        var again = await Client.QueryAsync(Query, new { n = 2 });
        var large = await Client.QueryAsync(Query, new { n = 100 });

        Assert.Null(small["errors"]);
        Assert.True((double)again["extensions"]!["cost"]!["requestedQueryCost"]! > (double)small["extensions"]!["cost"]!["requestedQueryCost"]!);
        Assert.Equal("COST_LIMIT_EXCEEDED", (string?)large["errors"]![0]!["extensions"]!["code"]);
    }
}
