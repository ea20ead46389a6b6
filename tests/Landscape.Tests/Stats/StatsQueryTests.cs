using Landscape.Tests.Infrastructure;

namespace Landscape.Tests.Stats;

[Collection(PostgresGroup.Name)]
public sealed class StatsQueryTests(DatabaseFixture database) : SeededApiTests(database)
{
    [Theory]
    [InlineData("MONTH", null)]
    [InlineData("QUARTER", "APPLICATION")]
    [InlineData("YEAR", "MODEL")]
    [InlineData("YEAR", "MIDDLEWARE")]
    public async Task Funding_buckets_add_up_to_the_detailed_list_and_have_no_gaps(string interval, string? layer)
    {
        var layerArgument = layer is null ? "" : $", layer: {layer}";
        var body = await Client.QueryAsync($$"""
            { fundingOverTime(interval: {{interval}}{{layerArgument}}) { periodStart periodEnd roundCount totalUsd } }
            """);
        Assert.Null(body["errors"]);
        Assert.Equal(1, (int)body["extensions"]!["cost"]!["sqlCommands"]!);
        var buckets = body["data"]!["fundingOverTime"]!.AsArray();
        Assert.NotEmpty(buckets);

        var (count, total) = await ListTotalsAsync(layer is null ? "" : $"layer: {layer}");
        Assert.Equal(count, buckets.Sum(b => (int)b!["roundCount"]!));
        Assert.Equal(total, buckets.Sum(b => (double)b!["totalUsd"]!), 0.5);

        // Consecutive periods: each starts the day after the previous one ends.
        var starts = buckets.Select(b => DateOnly.Parse((string)b!["periodStart"]!)).ToList();
        var ends = buckets.Select(b => DateOnly.Parse((string)b!["periodEnd"]!)).ToList();
        for (var i = 1; i < starts.Count; i++)
        {
            Assert.Equal(ends[i - 1].AddDays(1), starts[i]);
        }
        if (interval == "MONTH")
        {
            Assert.Contains(buckets, b => (int)b!["roundCount"]! == 0);
        }
    }

    [Fact]
    public async Task Funding_over_a_given_range_starts_and_ends_there_with_empty_buckets()
    {
        var buckets = (await Client.DataAsync("""
            { fundingOverTime(interval: QUARTER, from: "2015-01-01", to: "2016-12-31") { periodStart roundCount totalUsd } }
            """))["fundingOverTime"]!.AsArray();
        Assert.Equal(8, buckets.Count);
        Assert.Equal("2015-01-01", (string?)buckets[0]!["periodStart"]);
        Assert.Equal("2016-10-01", (string?)buckets[7]!["periodStart"]);

        var (count, total) = await ListTotalsAsync("announcedAfter: \"2015-01-01\", announcedBefore: \"2016-12-31\"");
        Assert.True(count == buckets.Sum(b => (int)b!["roundCount"]!), $"{count} vs {buckets.Json()}");
        Assert.Equal(total, buckets.Sum(b => (double)b!["totalUsd"]!), 0.5);
    }

    [Fact]
    public async Task Funding_over_time_by_category_counts_a_round_once()
    {
        var data = await Client.DataAsync("""
            { fundingOverTime(interval: YEAR, categorySlugs: ["assistants", "coding"]) { roundCount totalUsd } }
            """);
        var buckets = data["fundingOverTime"]!.AsArray();
        var (count, total) = await ListTotalsAsync("categorySlugs: [\"assistants\", \"coding\"]");
        Assert.True(count > 0);
        Assert.Equal(count, buckets.Sum(b => (int)b!["roundCount"]!));
        Assert.Equal(total, buckets.Sum(b => (double)b!["totalUsd"]!), 0.5);
    }

    [Theory]
    [InlineData("COUNTRY")]
    [InlineData("ROUND_TYPE")]
    [InlineData("YEAR")]
    public async Task Disjoint_funding_groups_add_up_to_the_totals_and_the_list(string groupBy)
    {
        var body = await Client.QueryAsync($$"""
            { fundingBreakdown(groupBy: {{groupBy}}, asOf: "2024-06-30") { roundCount totalUsd groups { key label roundCount totalUsd } } }
            """);
        Assert.Equal(1, (int)body["extensions"]!["cost"]!["sqlCommands"]!);
        var breakdown = body["data"]!["fundingBreakdown"]!;
        var groups = breakdown["groups"]!.AsArray();
        Assert.Equal((int)breakdown["roundCount"]!, groups.Sum(g => (int)g!["roundCount"]!));
        Assert.Equal((double)breakdown["totalUsd"]!, groups.Sum(g => (double)g!["totalUsd"]!), 0.5);

        var (count, total) = await ListTotalsAsync("", asOf: "2024-06-30");
        Assert.Equal(count, (int)breakdown["roundCount"]!);
        Assert.Equal(total, (double)breakdown["totalUsd"]!, 0.5);
    }

    [Fact]
    public async Task Layer_groups_equal_the_list_filtered_by_that_layer_and_totals_count_rounds_once()
    {
        var breakdown = (await Client.DataAsync("""
            { fundingBreakdown(groupBy: LAYER) { roundCount totalUsd groups { key roundCount totalUsd } } }
            """))["fundingBreakdown"]!;
        var groups = breakdown["groups"]!.AsArray();
        foreach (var layer in new[] { "MODEL", "MIDDLEWARE", "APPLICATION" })
        {
            var group = groups.Single(g => (string?)g!["key"] == layer)!;
            var (count, total) = await ListTotalsAsync($"layer: {layer}");
            Assert.Equal(count, (int)group["roundCount"]!);
            Assert.Equal(total, (double)group["totalUsd"]!, 0.5);
        }
        var (allCount, allTotal) = await ListTotalsAsync("");
        Assert.Equal(allCount, (int)breakdown["roundCount"]!);
        Assert.Equal(allTotal, (double)breakdown["totalUsd"]!, 0.5);
        // OpenAI has products in several layers: its rounds sit in several groups, once in the totals.
        Assert.True(groups.Sum(g => (int)g!["roundCount"]!) > allCount);
    }

    [Fact]
    public async Task Category_groups_stay_within_the_layer_asked_for()
    {
        var data = await Client.DataAsync("""
            { fundingBreakdown(groupBy: CATEGORY, layer: APPLICATION) { groups { key label roundCount } }
              categories(layer: APPLICATION) { slug } }
            """);
        var allowed = data["categories"]!.AsArray().Select(c => (string?)c!["slug"]).ToHashSet();
        var keys = data["fundingBreakdown"]!["groups"]!.AsArray().Select(g => (string?)g!["key"]).ToList();
        Assert.NotEmpty(keys);
        Assert.All(keys, k => Assert.Contains(k, allowed));
    }

    [Theory]
    [InlineData("LAYER", null)]
    [InlineData("COUNTRY", "2023-01-01")]
    [InlineData("LAUNCH_YEAR", null)]
    public async Task Product_counts_add_up_to_the_products_total(string groupBy, string? asOf)
    {
        var asOfArgument = asOf is null ? "" : $", asOf: \"{asOf}\"";
        var body = await Client.QueryAsync($$"""
            { productCounts(groupBy: {{groupBy}}{{asOfArgument}}) { total groups { key label productCount } } }
            """);
        Assert.Equal(1, (int)body["extensions"]!["cost"]!["sqlCommands"]!);
        var counts = body["data"]!["productCounts"]!;
        var products = (int)(await Client.DataAsync($"{{ products(first: 0{asOfArgument}) {{ totalCount }} }}"))["products"]!["totalCount"]!;
        Assert.Equal(products, (int)counts["total"]!);
        Assert.Equal(products, counts["groups"]!.AsArray().Sum(g => (int)g!["productCount"]!));
    }

    [Fact]
    public async Task Product_counts_by_category_match_the_landscape_map()
    {
        var data = await Client.DataAsync("""
            { productCounts(groupBy: CATEGORY, layer: APPLICATION, asOf: "2023-06-30") { groups { key productCount } }
              landscape(layer: APPLICATION, asOf: "2023-06-30") { categories { category { slug } productCount } } }
            """);
        var fromMap = data["landscape"]!.AsArray().SelectMany(l => l!["categories"]!.AsArray())
            .Where(c => (int)c!["productCount"]! > 0)
            .ToDictionary(c => (string)c!["category"]!["slug"]!, c => (int)c!["productCount"]!);
        var fromStats = data["productCounts"]!["groups"]!.AsArray().Where(g => g!["key"] is not null)
            .ToDictionary(g => (string)g!["key"]!, g => (int)g!["productCount"]!);
        Assert.Equal(fromMap.OrderBy(x => x.Key), fromStats.OrderBy(x => x.Key));
    }

    [Fact]
    public async Task Usage_leaders_take_each_products_latest_figure_as_of_the_day()
    {
        var body = await Client.QueryAsync("""
            { usageLeaders(metric: MONTHLY_ACTIVE_USERS, first: 5, asOf: "2023-03-01") { rank value asOf product { slug name } } }
            """);
        Assert.Null(body["errors"]);
        Assert.Equal(1, (int)body["extensions"]!["cost"]!["sqlCommands"]!);
        var leaders = body["data"]!["usageLeaders"]!.AsArray();
        Assert.InRange(leaders.Count, 1, 5);
        Assert.Equal([.. Enumerable.Range(1, leaders.Count)], leaders.Select(l => (int)l!["rank"]!).ToArray());
        var values = leaders.Select(l => (long)l!["value"]!).ToList();
        Assert.Equal(values.OrderByDescending(v => v), values);
        Assert.All(leaders, l => Assert.True(DateOnly.Parse((string)l!["asOf"]!) <= new DateOnly(2023, 3, 1)));
        Assert.Equal(leaders.Count, leaders.Select(l => (string?)l!["product"]!["slug"]).Distinct().Count());

        // Each value is the product's own latest figure by then.
        foreach (var leader in leaders)
        {
            var slug = (string)leader!["product"]!["slug"]!;
            var latest = (await Client.DataAsync($$"""
                { product(slug: "{{slug}}", asOf: "2023-03-01") { latestUsage(metric: MONTHLY_ACTIVE_USERS) { value asOf } } }
                """))["product"]!["latestUsage"]!;
            Assert.Equal((long)latest["value"]!, (long)leader["value"]!);
            Assert.Equal((string?)latest["asOf"], (string?)leader["asOf"]);
        }
    }

    [Fact]
    public async Task Usage_series_lists_each_products_figures_oldest_first_in_one_statement()
    {
        var body = await Client.QueryAsync("""
            { usageSeries(productSlugs: ["chatgpt", "no-such-product"], metric: MONTHLY_ACTIVE_USERS) { product { slug } points { asOf value } } }
            """);
        Assert.Null(body["errors"]);
        Assert.Equal(1, (int)body["extensions"]!["cost"]!["sqlCommands"]!);
        var series = body["data"]!["usageSeries"]!.AsArray();
        var chatgpt = Assert.Single(series)!;
        Assert.Equal("chatgpt", (string?)chatgpt["product"]!["slug"]);
        var days = chatgpt["points"]!.AsArray().Select(p => (string)p!["asOf"]!).ToList();
        Assert.True(days.Count >= 2);
        Assert.Equal(days.Order(StringComparer.Ordinal), days);
    }

    [Fact]
    public async Task ChatGPT_reached_100M_monthly_users_about_two_months_after_launch()
    {
        var body = await Client.QueryAsync("""
            { milestones(metric: MONTHLY_ACTIVE_USERS, threshold: 100000000) { product { slug } launchedOn reachedOn days value } }
            """);
        Assert.Null(body["errors"]);
        Assert.Equal(1, (int)body["extensions"]!["cost"]!["sqlCommands"]!);
        var milestones = body["data"]!["milestones"]!.AsArray();
        var chatgpt = milestones.Single(m => (string?)m!["product"]!["slug"] == "chatgpt")!;
        Assert.Equal("2022-11-30", (string?)chatgpt["launchedOn"]);
        Assert.True((long)chatgpt["value"]! >= 100_000_000);
        var days = (int)chatgpt["days"]!;
        Assert.Equal(DateOnly.Parse((string)chatgpt["reachedOn"]!).DayNumber - new DateOnly(2022, 11, 30).DayNumber, days);
        Assert.InRange(days, 30, 90);
        var all = milestones.Select(m => (int)m!["days"]!).ToList();
        Assert.Equal(all.Order(), all);
    }

    [Fact]
    public async Task Bad_ranges_and_sizes_are_invalid_arguments()
    {
        var reversed = await Client.QueryAsync("""{ fundingOverTime(interval: MONTH, from: "2020-01-01", to: "2019-01-01") { roundCount } }""");
        Assert.Equal("INVALID_ARGUMENT", (string?)reversed["errors"]![0]!["extensions"]!["code"]);
        var tooMany = await Client.QueryAsync("""{ usageLeaders(metric: MONTHLY_ACTIVE_USERS, first: 500) { rank } }""");
        Assert.Equal("INVALID_ARGUMENT", (string?)tooMany["errors"]![0]!["extensions"]!["code"]);
    }

    /// <summary>Round count and USD total of the detailed `fundingRounds` list, walked page by page.</summary>
    private async Task<(int Count, double Total)> ListTotalsAsync(string filter, string? asOf = null)
    {
        var count = 0;
        var total = 0.0;
        string? after = null;
        int? totalCount = null;
        do
        {
            var page = (await Client.DataAsync("""
                query($after: String, $asOf: Date) { fundingRounds(first: 100, after: $after, asOf: $asOf, filter: {FILTER}) {
                  totalCount nodes { amountUsd } pageInfo { hasNextPage endCursor } } }
                """.Replace("FILTER", filter, StringComparison.Ordinal), new { after, asOf }))["fundingRounds"]!;
            totalCount ??= (int)page["totalCount"]!;
            foreach (var node in page["nodes"]!.AsArray())
            {
                count++;
                total += (double?)node!["amountUsd"] ?? 0;
            }
            after = (bool)page["pageInfo"]!["hasNextPage"]! ? (string?)page["pageInfo"]!["endCursor"] : null;
        }
        while (after is not null);
        Assert.Equal(totalCount, count);
        return (count, total);
    }
}
