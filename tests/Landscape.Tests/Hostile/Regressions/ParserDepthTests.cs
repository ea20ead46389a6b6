using Landscape.Tests.Infrastructure;

namespace Landscape.Tests.Hostile.Regressions;

[Collection(PostgresGroup.Name)]
public sealed class ParserDepthTests(DatabaseFixture database)
{
    [Fact]
    public async Task A_document_nested_past_the_parser_limit_is_a_400()
    {
        var query = string.Concat(Enumerable.Repeat("{ a ", 1000)) + new string('}', 1000);
        var (status, problems, body) = await RegressionClient.SendAsync(database, RegressionClient.Request(query));
        Assert.Empty(problems);
        Assert.Equal(400, status);
        Assert.Contains("nested too deeply", (string?)body!["errors"]![0]!["message"]);
    }
}
