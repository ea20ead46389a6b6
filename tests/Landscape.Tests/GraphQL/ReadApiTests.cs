using System.Text.Json.Nodes;
using Landscape.Tests.Infrastructure;

namespace Landscape.Tests.GraphQL;

[Collection(PostgresGroup.Name)]
public sealed class ReadApiTests(DatabaseFixture database) : SeededApiTests(database)
{
    public static TheoryData<string, string> Orders => new()
    {
        { "NAME", "ASC" }, { "NAME", "DESC" }, { "LAUNCHED_ON", "ASC" }, { "LAUNCHED_ON", "DESC" },
        { "TOTAL_FUNDING_USD", "ASC" }, { "TOTAL_FUNDING_USD", "DESC" }, { "LATEST_MAU", "ASC" }, { "LATEST_MAU", "DESC" },
        { "UPDATED_AT", "ASC" }, { "UPDATED_AT", "DESC" },
    };

    [Theory]
    [MemberData(nameof(Orders))]
    public async Task Paging_forward_and_backward_visits_every_product_once_in_the_same_order(string field, string direction)
    {
        var order = $"{{field: {field}, direction: {direction}}}";
        var forward = await CollectAsync(order, forward: true);
        var backward = await CollectAsync(order, forward: false);
        var total = (int)(await Client.DataAsync("{ products { totalCount } }"))["products"]!["totalCount"]!;

        Assert.Equal(total, forward.Count);
        Assert.Equal(forward.Count, forward.Distinct().Count());
        Assert.Equal(forward, backward);
    }

    [Fact]
    public async Task Products_ordered_by_total_funding_descending_have_non_increasing_totals()
    {
        var nodes = (await Client.DataAsync(
            "{ products(first: 40, orderBy: {field: TOTAL_FUNDING_USD, direction: DESC}) { nodes { organization { totalFundingUsd } } } }"))
            ["products"]!["nodes"]!.AsArray();
        var totals = nodes.Select(n => (double?)n!["organization"]?["totalFundingUsd"] ?? 0).ToList();
        Assert.Equal(totals.OrderByDescending(t => t), totals);
        Assert.True(totals[0] > 1e10);
    }

    [Theory]
    [InlineData("{layer: MIDDLEWARE}", "layer", "MIDDLEWARE")]
    [InlineData("{organizationSlug: \"openai\"}", "organization", "openai")]
    [InlineData("{categorySlugs: [\"coding\"]}", "category", "coding")]
    [InlineData("{country: \"CN\"}", "country", "CN")]
    public async Task Filters_select_only_matching_products(string filter, string what, string expected)
    {
        var nodes = (await Client.DataAsync($$"""
            { products(first: 100, filter: {{filter}}) { totalCount nodes { layer organization { slug hqCountry } categories { slug } } } }
            """))["products"]!["nodes"]!.AsArray();
        Assert.NotEmpty(nodes);
        Assert.All(nodes, n =>
        {
            switch (what)
            {
                case "layer": Assert.Equal(expected, (string?)n!["layer"]); break;
                case "organization": Assert.Equal(expected, (string?)n!["organization"]!["slug"]); break;
                case "category": Assert.Contains(n!["categories"]!.AsArray(), c => (string?)c!["slug"] == expected); break;
                default: Assert.Equal(expected, (string?)n!["organization"]!["hqCountry"]); break;
            }
        });
    }

    [Fact]
    public async Task Launch_range_and_has_funding_filters_hold()
    {
        var launched = (await Client.DataAsync("""
            { products(first: 100, filter: {launchedAfter: "2023-01-01", launchedBefore: "2023-12-31"}) { nodes { launchedOn } } }
            """))["products"]!["nodes"]!.AsArray();
        Assert.NotEmpty(launched);
        Assert.All(launched, n => Assert.StartsWith("2023-", (string?)n!["launchedOn"]));

        var unfunded = (await Client.DataAsync("""
            { products(first: 100, filter: {hasFunding: false}) { nodes { slug organization { fundingRounds { totalCount } } } } }
            """))["products"]!["nodes"]!.AsArray();
        var midjourney = (await Client.DataAsync("""
            { products(first: 5, filter: {hasFunding: false, organizationSlug: "midjourney"}) { nodes { slug } } }
            """))["products"]!["nodes"]!.AsArray();
        Assert.Contains(midjourney, n => (string?)n!["slug"] == "midjourney");
        Assert.All(unfunded, n => Assert.Equal(0, (int?)n!["organization"]?["fundingRounds"]?["totalCount"] ?? 0));
    }

    [Theory]
    [InlineData("midjourny", "Midjourney")]
    [InlineData("character ai", "character.ai")]
    [InlineData("GPT 4", "GPT-4")]
    [InlineData("chatgpt", "ChatGPT")]
    public async Task Search_ranks_the_intended_entry_first_despite_typos_and_punctuation(string query, string expected)
    {
        var results = (await Client.DataAsync(
            "query($q: String!) { search(query: $q, first: 5) { __typename ... on Product { name } ... on Organization { name } ... on Model { name } } }",
            new { q = query }))["search"]!.AsArray();
        Assert.Equal(expected, (string?)results[0]!["name"]);
    }

    [Fact]
    public async Task The_landscape_on_a_day_holds_only_what_was_launched_by_then()
    {
        const string Query = """
            query($day: Date) { landscape(asOf: $day, layer: APPLICATION) { layer productCount categories { category { slug } products { slug } } } }
            """;
        static IEnumerable<string> Slugs(JsonNode data) =>
            data["landscape"]!.AsArray().SelectMany(l => l!["categories"]!.AsArray()).SelectMany(c => c!["products"]!.AsArray())
                .Select(p => (string)p!["slug"]!);

        var before = await Client.DataAsync(Query, new { day = "2022-11-01" });
        var after = await Client.DataAsync(Query, new { day = "2022-12-31" });
        var today = await Client.DataAsync(Query, new { day = (string?)null });

        Assert.DoesNotContain("chatgpt", Slugs(before));
        Assert.Contains("chatgpt", Slugs(after));
        Assert.Contains("midjourney", Slugs(before));
        Assert.True(Slugs(today).Distinct().Count() >= Slugs(after).Distinct().Count());
        Assert.Equal("APPLICATION", (string?)today["landscape"]![0]!["layer"]);
    }

    [Fact]
    public async Task Facts_below_an_asOf_field_are_those_known_on_that_day()
    {
        var data = await Client.DataAsync("""
            { then: organization(slug: "openai", asOf: "2023-06-30") { totalFundingUsd fundingRounds { nodes { announcedOn } } }
              now: organization(slug: "openai") { totalFundingUsd }
              chatgpt: product(slug: "chatgpt", asOf: "2023-01-31") { latestUsage(metric: MONTHLY_ACTIVE_USERS) { value asOf } } }
            """);
        Assert.All(data["then"]!["fundingRounds"]!["nodes"]!.AsArray(),
            r => Assert.True(string.CompareOrdinal((string?)r!["announcedOn"], "2023-06-30") <= 0));
        Assert.True((double)data["now"]!["totalFundingUsd"]! > (double)data["then"]!["totalFundingUsd"]!);
        Assert.Equal(100_000_000, (long)data["chatgpt"]!["latestUsage"]!["value"]!);
    }

    [Fact]
    public async Task Lineage_walks_the_family_tree_both_ways()
    {
        var data = await Client.DataAsync("""
            { gpt4: model(slug: "gpt-4") { lineage(direction: ANCESTORS) { depth model { slug } } }
              llama: model(slug: "llama-65b") { lineage(direction: DESCENDANTS, maxDepth: 1) { depth model { slug } } derivatives { slug } } }
            """);
        var ancestors = data["gpt4"]!["lineage"]!.AsArray();
        Assert.Contains(ancestors, s => (string?)s!["model"]!["slug"] == "gpt-3");
        Assert.Equal(ancestors.Select(s => (int)s!["depth"]!).Order(), ancestors.Select(s => (int)s!["depth"]!));
        var children = data["llama"]!["lineage"]!.AsArray();
        Assert.All(children, s => Assert.Equal(1, (int)s!["depth"]!));
        Assert.Equal(children.Select(s => (string?)s!["model"]!["slug"]).Order(),
            data["llama"]!["derivatives"]!.AsArray().Select(m => (string?)m!["slug"]).Order());
    }

    [Theory]
    [InlineData("product(slug: \"chatgpt\")", "Product")]
    [InlineData("organization(slug: \"openai\")", "Organization")]
    [InlineData("model(slug: \"gpt-4\")", "Model")]
    [InlineData("category(slug: \"assistants\")", "Category")]
    public async Task Node_fetches_every_kind_again_by_its_global_id(string field, string type)
    {
        var id = (string)(await Client.DataAsync($"{{ x: {field} {{ id }} }}"))["x"]!["id"]!;
        var data = await Client.DataAsync("query($id: ID!) { node(id: $id) { __typename id } nodes(ids: [$id, $id]) { id } }", new { id });
        Assert.Equal(type, (string?)data["node"]!["__typename"]);
        Assert.Equal(id, (string?)data["node"]!["id"]);
        Assert.Equal(2, data["nodes"]!.AsArray().Count);
    }

    [Fact]
    public async Task Funding_rounds_and_usage_facts_are_nodes_too()
    {
        var data = await Client.DataAsync("""
            { product(slug: "chatgpt") { usage(first: 1) { nodes { id } } organization { fundingRounds(first: 1) { nodes { id } } } } }
            """);
        foreach (var id in new[] { data["product"]!["usage"]!["nodes"]![0]!["id"]!, data["product"]!["organization"]!["fundingRounds"]!["nodes"]![0]!["id"]! })
        {
            var node = (await Client.DataAsync("query($id: ID!) { node(id: $id) { id } }", new { id = (string)id! }))["node"];
            Assert.Equal((string)id!, (string?)node!["id"]);
        }
    }

    [Theory]
    [InlineData("garbage!")]
    [InlineData("U291cmNlOjE=")] // "Source:1": not a node type
    [InlineData("UHJvZHVjdDpub3Rhbm51bWJlcg==")] // "Product:notanumber"
    public async Task A_bad_global_id_is_a_clear_error(string id)
    {
        var body = await Client.QueryAsync("query($id: ID!) { node(id: $id) { id } }", new { id });
        Assert.Equal("INVALID_ID", (string?)body["errors"]![0]!["extensions"]!["code"]);
    }

    [Fact]
    public async Task Listing_products_takes_the_same_few_SQL_commands_whatever_the_page_size()
    {
        const string Query = """
            query($n: Int) { products(first: $n) { nodes { name organization { name } categories { slug } builtOn { slug }
                latestUsage(metric: MONTHLY_ACTIVE_USERS) { value } } } }
            """;
        var small = await Client.QueryAsync(Query, new { n = 5 });
        var large = await Client.QueryAsync(Query, new { n = 100 });

        var smallCount = (int)small["extensions"]!["cost"]!["sqlCommands"]!;
        var largeCount = (int)large["extensions"]!["cost"]!["sqlCommands"]!;
        Assert.Equal(smallCount, largeCount);
        Assert.InRange(largeCount, 1, 6);
    }

    [Fact]
    public async Task Every_response_reports_its_cost_and_too_costly_or_deep_queries_are_refused_before_running()
    {
        var ok = await Client.QueryAsync("{ products(first: 10) { nodes { name } } }");
        Assert.True((double)ok["extensions"]!["cost"]!["requestedQueryCost"]! > 0);

        var costly = await Client.QueryAsync("""
            { products(first: 100) { nodes { builtOn { products(first: 100) { nodes { builtOn { products(first: 100) { nodes { name } } } } } } } } }
            """);
        Assert.Equal("COST_LIMIT_EXCEEDED", (string?)costly["errors"]![0]!["extensions"]!["code"]);
        Assert.Null(costly["data"]);

        var deep = await Client.QueryAsync("""
            { model(slug: "gpt-4") { derivedFrom { derivedFrom { derivedFrom { derivedFrom { derivedFrom { derivedFrom { derivedFrom {
              derivedFrom { derivedFrom { derivedFrom { derivedFrom { derivedFrom { derivedFrom { derivedFrom { derivedFrom { slug }
            } } } } } } } } } } } } } } } }
            """);
        Assert.Equal("DEPTH_LIMIT_EXCEEDED", (string?)deep["errors"]![0]!["extensions"]!["code"]);
    }

    [Fact]
    public async Task Viewer_is_anonymous_without_a_key()
    {
        var viewer = (await Client.DataAsync("{ viewer { authenticated keyName role } }"))["viewer"]!;
        Assert.False((bool)viewer["authenticated"]!);
        Assert.Null(viewer["role"]);
    }

    private async Task<List<string>> CollectAsync(string order, bool forward)
    {
        var slugs = new List<string>();
        string? cursor = null;
        while (true)
        {
            var query = forward
                ? $"query($c: String) {{ products(first: 9, after: $c, orderBy: {order}) {{ edges {{ cursor node {{ slug }} }} pageInfo {{ hasNextPage endCursor }} }} }}"
                : $"query($c: String) {{ products(last: 9, before: $c, orderBy: {order}) {{ edges {{ cursor node {{ slug }} }} pageInfo {{ hasPreviousPage startCursor }} }} }}";
            var page = (await Client.DataAsync(query, new { c = cursor }))["products"]!;
            var pageSlugs = page["edges"]!.AsArray().Select(e => (string)e!["node"]!["slug"]!).ToList();
            if (forward)
            {
                slugs.AddRange(pageSlugs);
            }
            else
            {
                slugs.InsertRange(0, pageSlugs);
            }
            var more = forward ? (bool)page["pageInfo"]!["hasNextPage"]! : (bool)page["pageInfo"]!["hasPreviousPage"]!;
            if (!more)
            {
                return slugs;
            }
            cursor = (string?)page["pageInfo"]![forward ? "endCursor" : "startCursor"];
        }
    }
}
