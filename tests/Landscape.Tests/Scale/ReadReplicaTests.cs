using System.Diagnostics;
using Landscape.Data;
using Landscape.Data.Entities;
using Landscape.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Landscape.Tests.Scale;

/// <summary>
/// The read/write split against a real primary and hot standby: GraphQL reads are served by the
/// replica, writes and the reads after them by the primary, and the replica catches up.
/// </summary>
[Collection(PostgresGroup.Name)]
public sealed class ReadReplicaTests(ReplicatedPostgres servers, ITestOutputHelper output)
    : IClassFixture<ReplicatedPostgres>, IAsyncLifetime
{
    private static readonly TimeSpan CatchUpLimit = TimeSpan.FromSeconds(5);
    private ReplicatedApiFactory _factory = null!;

    public Task InitializeAsync()
    {
        _factory = new ReplicatedApiFactory(servers.Primary, servers.Replica);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task Reads_use_the_replica_until_the_request_writes_then_the_primary()
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        services.GetRequiredService<ReadYourWrites>().Enter();

        Assert.True(await InRecoveryAsync(services.GetRequiredService<ReadDbContextFactory>()), "reads should go to the standby");
        Assert.False(await InRecoveryAsync(services.GetRequiredService<IDbContextFactory<LandscapeDbContext>>()), "writes go to the primary");

        // A write through the primary's context, with nobody telling the read factory about it.
        var db = services.GetRequiredService<LandscapeDbContext>();
        db.Organizations.Add(NewOrganization("ryw-" + Guid.NewGuid().ToString("N")[..8]));
        await db.SaveChangesAsync();

        Assert.True(services.GetRequiredService<ReadYourWrites>().Wrote);
        Assert.False(await InRecoveryAsync(services.GetRequiredService<ReadDbContextFactory>()), "reads after a write go to the primary");
    }

    [Fact]
    public async Task GraphQL_reads_are_served_by_the_replica_and_see_a_write_once_it_has_replayed()
    {
        using var client = _factory.CreateClient();
        var slug = "replica-" + Guid.NewGuid().ToString("N")[..8];
        const string query = "query($slug: String!) { organization(slug: $slug) { name } }";

        // With replay paused, a row written on the primary is invisible on the standby: a query
        // that does not see it was answered by the standby.
        await ReplicatedPostgres.ScalarAsync(servers.Replica, "SELECT pg_wal_replay_pause()");
        try
        {
            await InsertOnPrimaryAsync(slug);
            Assert.Equal("Replica Co", (string?)await ReplicatedPostgres.ScalarAsync(servers.Primary,
                $"SELECT name FROM organizations WHERE slug = '{slug}'"));
            var stale = await client.DataAsync(query, new { slug });
            Assert.Null(stale["organization"]);
        }
        finally
        {
            await ReplicatedPostgres.ScalarAsync(servers.Replica, "SELECT pg_wal_replay_resume()");
        }

        var readiness = await (await client.GetAsync("/readyz")).Content.ReadAsStringAsync();
        Assert.StartsWith("ready", readiness, StringComparison.Ordinal);
        Assert.Contains("replica: streaming", readiness, StringComparison.Ordinal);

        // Catching up, measured with a fresh write while replay runs: insert, then poll the API.
        var fresh = "replica-" + Guid.NewGuid().ToString("N")[..8];
        var clock = Stopwatch.StartNew();
        await InsertOnPrimaryAsync(fresh);
        var caughtUp = await PollAsync(async () => (await client.DataAsync(query, new { slug = fresh }))["organization"] is not null);
        output.WriteLine($"The replica served a row written on the primary after {clock.ElapsedMilliseconds} ms.");
        Assert.True(caughtUp, $"The replica did not show the write within {CatchUpLimit.TotalSeconds} s.");
        Assert.NotNull((await client.DataAsync(query, new { slug }))["organization"]);
    }

    private async Task InsertOnPrimaryAsync(string slug)
    {
        await using var db = DatabaseFixture.CreateContext(servers.Primary);
        db.Organizations.Add(NewOrganization(slug));
        await db.SaveChangesAsync();
    }

    private static Organization NewOrganization(string slug) =>
        new() { Slug = slug, Name = "Replica Co", Kind = OrganizationKind.Company };

    private static async Task<bool> InRecoveryAsync(IDbContextFactory<LandscapeDbContext> contexts)
    {
        await using var db = await contexts.CreateDbContextAsync();
        return await db.Database.SqlQueryRaw<bool>("SELECT pg_is_in_recovery() AS \"Value\"").SingleAsync();
    }

    private static async Task<bool> PollAsync(Func<Task<bool>> condition)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < CatchUpLimit)
        {
            if (await condition())
            {
                return true;
            }
            await Task.Delay(20);
        }
        return false;
    }

    /// <summary>The API with both connection strings, start-up migration and seeding off.</summary>
    private sealed class ReplicatedApiFactory(string primary, string replica) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Testing");
            builder.UseSetting("ConnectionStrings:Landscape", primary);
            builder.UseSetting("ConnectionStrings:LandscapeRead", replica);
            builder.UseSetting("Landscape:MigrateOnStartup", "false");
            builder.UseSetting("Landscape:SeedOnStartup", "false");
        }
    }
}
