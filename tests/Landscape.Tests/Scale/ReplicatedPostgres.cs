using Landscape.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Landscape.Tests.Scale;

/// <summary>
/// A primary and a hot-standby replica of it from the local PostgreSQL binaries
/// (deploy/postgres-local.sh: initdb, then pg_basebackup -R and streaming replication over
/// loopback), with the service's schema migrated on the primary. Both data folders are removed
/// at the end. Independent of <see cref="DatabaseFixture"/>: replication needs a cluster of its own.
/// </summary>
public sealed class ReplicatedPostgres : IAsyncLifetime
{
    private static readonly string Script = Path.Combine(RepositoryPaths.Root, "deploy", "postgres-local.sh");
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "landscape-replica-" + Guid.NewGuid().ToString("N")[..8]);

    public string Primary { get; private set; } = "";

    public string Replica { get; private set; } = "";

    private string PrimaryData => Path.Combine(_folder, "primary");

    private string ReplicaData => Path.Combine(_folder, "replica");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        var primaryPort = PostgresServer.FreePort();
        Primary = Pooled((await PostgresServer.RunAsync(Script, "start", PrimaryData, primaryPort.ToString())).Trim());
        await using (var db = DatabaseFixture.CreateContext(Primary))
        {
            await db.Database.MigrateAsync();
        }
        // The base backup is taken after the migration, but the replica would stream it anyway.
        Replica = Pooled((await PostgresServer.RunAsync(Script, "replica", primaryPort.ToString(), ReplicaData,
            PostgresServer.FreePort().ToString())).Trim());
    }

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await PostgresServer.RunAsync(Script, "stop", ReplicaData);
        await PostgresServer.RunAsync(Script, "stop", PrimaryData);
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    /// <summary>Runs one SQL statement on a server and returns the first column of the first row.</summary>
    public static async Task<object?> ScalarAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }

    private static string Pooled(string connectionString) =>
        new NpgsqlConnectionStringBuilder(connectionString) { Pooling = true, Timeout = 5 }.ConnectionString;
}
