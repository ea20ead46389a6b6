using Landscape.Tests.Infrastructure;

namespace Landscape.Tests.Hostile.Regressions;

[Collection(PostgresGroup.Name)]
public sealed class LoneSurrogateTests(DatabaseFixture database)
{
    [Theory]
    [InlineData("{\"query\":\"\\udc00\"}")]
    [InlineData("{\"query\":\"{ viewer { authenticated } }\",\"operationName\":\"\\ud800\"}")]
    [InlineData("{\"query\":\"query($s: String!) { search(query: $s) { __typename } }\",\"variables\":{\"s\":\"\\ud800\"}}")]
    [InlineData("{\"query\":\"{ viewer { authenticated } }\",\"variables\":{\"\\ud800\":1}}")]
    [InlineData("{\"query\":\"{ viewer { authenticated } }\",\"extensions\":{\"x\":\"\\udfff\"}}")]
    [InlineData("{\"query\":\"query($n: Int) { products(first: $n) { totalCount } }\",\"variables\":{\"n\":1,\"n\":2}}")]
    public async Task A_JSON_body_no_string_can_be_made_of_is_a_400(string body)
    {
        var (status, problems, _) = await RegressionClient.SendAsync(database, body);
        Assert.Empty(problems);
        Assert.Equal(400, status);
    }
}
