using Landscape.Tests.Infrastructure;

namespace Landscape.Tests.Hostile.Regressions;

[Collection(PostgresGroup.Name)]
public sealed class FragmentExpansionTests(DatabaseFixture database)
{
    [Fact]
    public async Task A_fragment_bomb_is_refused_before_the_complexity_analyzer_walks_it()
    {
        // 2^40 fields from 2 KB: the analyzer alone would run for hours.
        var query = "{ ...F0 } " + string.Concat(Enumerable.Range(0, 40).Select(i => $"fragment F{i} on Query {{ ...F{i + 1} ...F{i + 1} }} "))
            + "fragment F40 on Query { viewer { authenticated } }";
        var (status, problems, body) = await RegressionClient.SendAsync(database, RegressionClient.Request(query));
        Assert.Empty(problems);
        Assert.Equal(200, status);
        Assert.Equal("COST_LIMIT_EXCEEDED", (string?)body!["errors"]![0]!["extensions"]!["code"]);
    }

    [Fact]
    public async Task Fragments_used_many_times_are_still_fine()
    {
        var query = "{ ...A ...A ...A } fragment A on Query { ...B ...B } fragment B on Query { viewer { authenticated } }";
        var (_, problems, body) = await RegressionClient.SendAsync(database, RegressionClient.Request(query));
        Assert.Empty(problems);
        Assert.True((bool)body!["data"]!["viewer"]!["authenticated"]! == false);
    }
}
