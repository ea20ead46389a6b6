using Landscape.Tests.Infrastructure;

namespace Landscape.Tests.Hostile.Regressions;

[Collection(PostgresGroup.Name)]
public sealed class SubscriptionTests(DatabaseFixture database)
{
    [Fact]
    public async Task A_subscription_is_a_request_error_not_an_internal_one()
    {
        var (_, problems, body) = await RegressionClient.SendAsync(database, RegressionClient.Request("subscription { viewer { authenticated } }"));
        Assert.Empty(problems);
        Assert.Contains("no subscription operations", (string?)body!["errors"]![0]!["message"]);
    }
}
