using Landscape.Tests.Infrastructure;

namespace Landscape.Tests.Hostile.Regressions;

[Collection(PostgresGroup.Name)]
public sealed class ImportMessageTests(DatabaseFixture database)
{
    [Theory]
    [InlineData("admins: [me]", "Unknown key 'admins'")]
    [InlineData("42", "wrong kind")]
    [InlineData("products:\\n  - slug: [1, 2]", "wrong kind")]
    public async Task Import_problems_speak_of_the_document_never_of_internal_types(string document, string expected)
    {
        const string Query = "mutation($d: String!) { importCatalog(input: {document: $d, dryRun: true}) { problems { message } } }";
        var (_, problems, body) = await RegressionClient.SendAsync(database, RegressionClient.Request(Query, $"{{\"d\":\"{document}\"}}"), HostileAuth.Analyst);
        Assert.Empty(problems);
        Assert.Contains(expected, (string?)body!["data"]!["importCatalog"]!["problems"]![0]!["message"]);
    }
}
