using Landscape.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Landscape.Tests.GraphQL;

[Collection(PostgresGroup.Name)]
public sealed class ProductQueryTests(DatabaseFixture database) : SeededApiTests(database)
{
    [Fact]
    public async Task Product_by_slug_returns_ChatGPT_with_OpenAI_its_categories_and_its_facts()
    {
        var data = await Client.DataAsync("""
            { product(slug: "chatgpt") {
                name layer launchedOn
                organization { name fundingRounds { totalCount nodes { roundType amountUsd source { url } investors { isLead investor { slug } } } } }
                categories { slug layer }
                usage { totalCount nodes { metric value asOf method source { url } } }
                latestUsage(metric: MONTHLY_ACTIVE_USERS) { value asOf }
            } }
            """);

        var product = data["product"]!;
        Assert.Equal("ChatGPT", (string?)product["name"]);
        Assert.Equal("APPLICATION", (string?)product["layer"]);
        Assert.Equal("2022-11-30", (string?)product["launchedOn"]);
        Assert.Equal("OpenAI", (string?)product["organization"]!["name"]);
        Assert.Contains(product["categories"]!.AsArray(), c => (string?)c!["slug"] == "assistants");
        var rounds = product["organization"]!["fundingRounds"]!;
        Assert.True((int)rounds["totalCount"]! >= 1);
        Assert.Contains(rounds["nodes"]!.AsArray(), r => r!["investors"]!.AsArray().Any(i => (string?)i!["investor"]!["slug"] == "microsoft"));
        Assert.All(rounds["nodes"]!.AsArray(), r => Assert.StartsWith("http", (string?)r!["source"]!["url"]));
        var usage = product["usage"]!;
        Assert.True((int)usage["totalCount"]! >= 3);
        Assert.Contains(usage["nodes"]!.AsArray(), u => (string?)u!["metric"] == "MONTHLY_ACTIVE_USERS" && (long)u["value"]! == 100_000_000);
        Assert.NotNull(product["latestUsage"]);
    }

    [Fact]
    public async Task Unknown_slug_is_null_not_an_error()
    {
        var data = await Client.DataAsync("""{ product(slug: "no-such-product") { name } }""");
        Assert.Null(data["product"]);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(100)]
    public async Task Paging_through_products_with_after_visits_every_product_once(int pageSize)
    {
        var seen = new List<string>();
        string? after = null;
        int total;
        do
        {
            var page = (await Client.DataAsync(
                "query($first: Int, $after: String) { products(first: $first, after: $after) { totalCount edges { cursor node { slug } } pageInfo { hasNextPage endCursor } } }",
                new { first = pageSize, after }))["products"]!;
            total = (int)page["totalCount"]!;
            seen.AddRange(page["edges"]!.AsArray().Select(e => (string)e!["node"]!["slug"]!));
            after = page["pageInfo"]!["hasNextPage"]!.GetValue<bool>() ? (string?)page["pageInfo"]!["endCursor"] : null;
        }
        while (after is not null);

        await using var db = DatabaseFixture.CreateContext(await Database.SeededAsync());
        var expected = await db.Products.OrderBy(p => p.Name).ThenBy(p => p.Id).Select(p => p.Slug).ToListAsync();
        Assert.Equal(expected.Count, total);
        Assert.Equal(expected, seen);
    }

    [Fact]
    public async Task Paging_backwards_with_last_and_before_mirrors_forward_paging()
    {
        var forward = (await Client.DataAsync("{ products(first: 10) { edges { cursor node { slug } } } }"))["products"]!["edges"]!.AsArray();
        var lastCursor = (string)forward[9]!["cursor"]!;

        var backward = (await Client.DataAsync(
            "query($before: String) { products(last: 4, before: $before) { edges { node { slug } } pageInfo { hasPreviousPage hasNextPage } } }",
            new { before = lastCursor }))["products"]!;

        Assert.Equal(forward.Skip(5).Take(4).Select(e => (string)e!["node"]!["slug"]!),
            backward["edges"]!.AsArray().Select(e => (string)e!["node"]!["slug"]!));
        Assert.True((bool)backward["pageInfo"]!["hasPreviousPage"]!);
    }

    [Theory]
    [InlineData("not-a-cursor")]
    [InlineData("YWJj")]
    public async Task A_bad_cursor_is_a_clear_error(string cursor)
    {
        var body = await Client.QueryAsync("query($after: String) { products(first: 2, after: $after) { totalCount } }", new { after = cursor });
        Assert.Equal("INVALID_CURSOR", (string?)body["errors"]![0]!["extensions"]!["code"]);
    }

    [Theory]
    [InlineData(101)]
    [InlineData(-1)]
    public async Task Page_sizes_outside_0_to_100_are_refused(int first)
    {
        var body = await Client.QueryAsync("query($first: Int) { products(first: $first) { totalCount } }", new { first });
        Assert.Equal("INVALID_ARGUMENT", (string?)body["errors"]![0]!["extensions"]!["code"]);
    }
}
