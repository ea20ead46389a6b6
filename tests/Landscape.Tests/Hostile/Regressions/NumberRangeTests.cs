using Landscape.Tests.Infrastructure;

namespace Landscape.Tests.Hostile.Regressions;

[Collection(PostgresGroup.Name)]
public sealed class NumberRangeTests(DatabaseFixture database)
{
    [Theory]
    [InlineData("mutation { createModel(input: {slug: \"huge-cost-r\", name: \"Huge Cost R\", modality: TEXT, trainingCostUsd: 1.7976931348623157e308}) { model { id } userErrors { field code } } }")]
    [InlineData("mutation { createModel(input: {slug: \"huge-days-r\", name: \"Huge Days R\", modality: TEXT, trainingDays: 1e300}) { model { id } userErrors { field code } } }")]
    public async Task A_Float_past_the_range_of_its_field_is_OUT_OF_RANGE(string mutation)
    {
        var (_, problems, body) = await RegressionClient.SendAsync(database, RegressionClient.Request(mutation), HostileAuth.Analyst);
        Assert.Empty(problems);
        var payload = body!["data"]!["createModel"]!;
        Assert.Null(payload["model"]);
        Assert.Equal("OUT_OF_RANGE", (string?)payload["userErrors"]![0]!["code"]);
    }
}
