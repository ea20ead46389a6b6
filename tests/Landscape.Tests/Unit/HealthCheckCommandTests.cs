using Landscape.Api.Commands;
using Landscape.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Landscape.Tests.Unit;

public sealed class HealthCheckCommandTests
{
    [Fact]
    public async Task Exits_0_when_healthz_answers_and_1_when_it_fails_or_nothing_listens()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        await using var server = builder.Build();
        server.MapGet("/healthz", () => "ok");
        server.MapGet("/broken", () => Results.StatusCode(500));
        await server.StartAsync();
        var address = server.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();

        Assert.Equal(0, await HealthCheckCommand.RunAsync([address + "/healthz"]));
        Assert.Equal(1, await HealthCheckCommand.RunAsync([address + "/broken"]));
        Assert.Equal(1, await HealthCheckCommand.RunAsync([$"http://127.0.0.1:{PostgresServer.FreePort()}/healthz"]));
    }
}
