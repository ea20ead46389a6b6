using System.Net;

namespace Landscape.Tests.Infrastructure;

public sealed class ReadinessWithoutDatabaseTests
{
    [Fact]
    public async Task Readyz_fails_while_the_database_is_unreachable_and_healthz_still_answers()
    {
        // Port 1 on loopback: nothing listens there, so connections are refused at once.
        await using var factory = new LandscapeApiFactory("Host=127.0.0.1;Port=1;Username=x;Database=x;Timeout=2");
        using var client = factory.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/readyz")).StatusCode);
    }
}
