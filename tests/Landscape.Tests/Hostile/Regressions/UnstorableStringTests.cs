using Landscape.Tests.Infrastructure;

namespace Landscape.Tests.Hostile.Regressions;

[Collection(PostgresGroup.Name)]
public sealed class UnstorableStringTests(DatabaseFixture database)
{
    [Theory]
    [InlineData("query($s: String) { products(filter: {search: $s}) { totalCount } }", "{\"s\":\"a\\u0000b\"}")]
    [InlineData("query($s: String!) { product(slug: $s) { name } }", "{\"s\":\"\\u0000\"}")]
    [InlineData("{ search(query: \"\\ud800\") { __typename } }", null)]
    [InlineData("{ product(slug: \"a\\u0000\") { name } }", null)]
    public async Task A_NUL_or_a_lone_surrogate_in_a_String_is_a_request_error(string query, string? variables)
    {
        var (_, problems, body) = await RegressionClient.SendAsync(database, RegressionClient.Request(query, variables));
        Assert.Empty(problems);
        Assert.NotNull(body!["errors"]);
    }

    [Fact]
    public async Task A_NUL_in_an_imported_document_is_a_user_error()
    {
        const string Query = "mutation($d: String!) { importCatalog(input: {document: $d}) { applied userErrors { code } } }";
        var (_, problems, body) = await RegressionClient.SendAsync(database,
            RegressionClient.Request(Query, "{\"d\":\"organizations:\\n  - slug: nul-org-x\\n    name: \\\"a\\\\0b\\\"\\n    kind: COMPANY\\n\"}"), HostileAuth.Analyst);
        Assert.Empty(problems);
        Assert.Equal("OUT_OF_RANGE", (string?)body!["data"]!["importCatalog"]!["userErrors"]![0]!["code"]);
    }
}
