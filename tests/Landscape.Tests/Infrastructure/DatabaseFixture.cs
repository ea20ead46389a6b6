using System.Collections.Concurrent;
using Landscape.Data;
using Landscape.Data.Seed;
using Landscape.Data.Validation;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Respawn;

namespace Landscape.Tests.Infrastructure;

/// <summary>
/// The test run's PostgreSQL server and its databases: "seeded" holds the repository's curated
/// data and is only read; "scratch" is emptied (Respawn) before each test that writes.
/// </summary>
public sealed class DatabaseFixture : IAsyncLifetime
{
    private readonly ConcurrentDictionary<string, Lazy<Task<string>>> _databases = new();
    private PostgresServer? _server;
    private Respawner? _respawner;

    public PostgresServer Server => _server ?? throw new InvalidOperationException("Not started.");

    public async Task InitializeAsync() => _server = await PostgresServer.StartAsync();

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    /// <summary>A migrated database with the repository's seed data; tests must not write to it.</summary>
    public Task<string> SeededAsync() => Database("seeded", SeedAsync);

    /// <summary>
    /// A seeded database that write tests share and never reset: each test writes entries of its
    /// own (unique slugs) and asserts only on those.
    /// </summary>
    public Task<string> WritableAsync() => Database("writable", SeedAsync);

    /// <summary>A seeded database of its own for tests whose writes must not meet others' (one per name).</summary>
    public Task<string> IsolatedAsync(string name) => Database(name, SeedAsync);

    private static async Task SeedAsync(string cs)
    {
        await using var db = CreateContext(cs);
        var (report, problems) = await new SeedPipeline(new CatalogValidators(TimeProvider.System)).LoadFolderAsync(RepositoryPaths.Seed, db, CancellationToken.None);
        if (report is null)
        {
            throw new InvalidOperationException("The repository's seed data does not validate:\n" + string.Join('\n', problems));
        }
    }

    /// <summary>A migrated, empty database for a test that writes; emptied on each call.</summary>
    public async Task<string> ScratchAsync()
    {
        var cs = await Database("scratch", _ => Task.CompletedTask);
        await using var connection = new NpgsqlConnection(cs);
        await connection.OpenAsync();
        _respawner ??= await Respawner.CreateAsync(connection, new RespawnerOptions
        {
            DbAdapter = DbAdapter.Postgres,
            TablesToIgnore = ["__ef_migrations_history"],
        });
        // The history refuses deletes (an append-only trigger); a superuser's reset may skip triggers.
        await using (var replica = new NpgsqlCommand("SET session_replication_role = replica", connection))
        {
            await replica.ExecuteNonQueryAsync();
        }
        await _respawner.ResetAsync(connection);
        return cs;
    }

    /// <summary>A new, empty database (no migrations) with a unique name.</summary>
    public async Task<string> EmptyDatabaseAsync(string prefix)
    {
        var name = $"{prefix}_{Guid.NewGuid():N}"[..30];
        await using var connection = new NpgsqlConnection(Server.AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        await command.ExecuteNonQueryAsync();
        return PostgresServer.WithDatabase(Server.AdminConnectionString, name);
    }

    public static LandscapeDbContext CreateContext(string connectionString)
    {
        var options = new DbContextOptionsBuilder<LandscapeDbContext>();
        options.UseLandscapeDatabase(connectionString);
        return new LandscapeDbContext(options.Options);
    }

    private Task<string> Database(string name, Func<string, Task> prepare) =>
        _databases.GetOrAdd(name, n => new Lazy<Task<string>>(async () =>
        {
            var cs = await EmptyDatabaseAsync(n);
            await using (var db = CreateContext(cs))
            {
                await db.Database.MigrateAsync();
            }
            await prepare(cs);
            return cs;
        })).Value;
}
