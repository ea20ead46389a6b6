using System.Net;
using Landscape.Tests.Infrastructure;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Landscape.Tests.Scale;

[Collection(PostgresGroup.Name)]
public sealed class GracefulShutdownTests(DatabaseFixture database)
{
    [Fact]
    public async Task Readyz_fails_as_soon_as_the_host_starts_stopping_while_requests_are_still_served()
    {
        var stopping = new HeldStop();
        await using var baseFactory = new LandscapeApiFactory(await database.SeededAsync());
        // The hold is registered after the server, so it is stopped before it (reverse order):
        // the server stays up, as it does while Kestrel drains in-flight requests.
        await using var factory = baseFactory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddHostedService(_ => stopping)));
        using var client = factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/readyz")).StatusCode);

        // What SIGTERM does first: signal ApplicationStopping.
        factory.Services.GetRequiredService<IHostApplicationLifetime>().StopApplication();
        await stopping.Reached.WaitAsync(TimeSpan.FromSeconds(10));
        try
        {
            using var readiness = await client.GetAsync("/readyz");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, readiness.StatusCode);
            Assert.Equal("not ready: shutting down", await readiness.Content.ReadAsStringAsync());
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
            var data = await client.DataAsync("{ product(slug: \"chatgpt\") { name } }");
            Assert.Equal("ChatGPT", (string?)data["product"]!["name"]);
        }
        finally
        {
            stopping.Release.TrySetResult();
        }
    }

    /// <summary>A hosted service whose stop waits until the test lets it go.</summary>
    private sealed class HeldStop : IHostedService
    {
        private readonly TaskCompletionSource _reached = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task Reached => _reached.Task;

        public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public async Task StopAsync(CancellationToken cancellationToken)
        {
            _reached.TrySetResult();
            await Release.Task.WaitAsync(cancellationToken);
        }
    }
}
