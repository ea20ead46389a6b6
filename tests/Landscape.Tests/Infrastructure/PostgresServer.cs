using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using DotNet.Testcontainers.Configurations;
using Npgsql;
using Testcontainers.PostgreSql;

namespace Landscape.Tests.Infrastructure;

/// <summary>
/// One PostgreSQL server for the whole test run, found in this order (ARCHITECTURE §7):
/// LANDSCAPE_TEST_POSTGRES (a connection string to a server the tests may create databases on);
/// a Docker engine (Testcontainers); the local PostgreSQL binaries (a throwaway cluster on a free
/// loopback port). With none of them the tests fail, saying so — they are never skipped.
/// </summary>
public sealed class PostgresServer : IAsyncDisposable
{
    public const string EnvironmentVariable = "LANDSCAPE_TEST_POSTGRES";

    private readonly Func<ValueTask> _stop;

    private PostgresServer(string connectionString, string description, Func<ValueTask> stop)
    {
        AdminConnectionString = connectionString;
        Description = description;
        _stop = stop;
    }

    /// <summary>Connects to the server's `postgres` database with rights to create databases.</summary>
    public string AdminConnectionString { get; }

    public string Description { get; }

    public static async Task<PostgresServer> StartAsync()
    {
        if (Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } given)
        {
            return new PostgresServer(WithDatabase(given, "postgres"), "given by " + EnvironmentVariable, () => ValueTask.CompletedTask);
        }
        var problems = new List<string>();
        if (TestcontainersSettings.OS.DockerEndpointAuthConfig is not null)
        {
            try
            {
                var container = new PostgreSqlBuilder("postgres:15-alpine").Build();
                await container.StartAsync();
                return new PostgresServer(WithDatabase(container.GetConnectionString(), "postgres"), "Testcontainers",
                    container.DisposeAsync);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                problems.Add("Docker: " + e.Message);
            }
        }
        else
        {
            problems.Add("Docker: no engine answers");
        }
        try
        {
            return await StartLocalClusterAsync();
        }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            problems.Add("local binaries: " + e.Message);
        }
        throw new InvalidOperationException(
            "No PostgreSQL for the tests. Provide one of: (1) the environment variable " + EnvironmentVariable +
            " with a connection string to a server the tests may create databases on; (2) a Docker engine for Testcontainers;" +
            " (3) the PostgreSQL binaries (initdb, pg_ctl) on PATH or under /usr/lib/postgresql. Tried: " + string.Join("; ", problems));
    }

    public async ValueTask DisposeAsync() => await _stop();

    private static async Task<PostgresServer> StartLocalClusterAsync()
    {
        var script = Path.Combine(RepositoryPaths.Root, "deploy", "postgres-local.sh");
        var data = Path.Combine(Path.GetTempPath(), "landscape-tests-" + Guid.NewGuid().ToString("N")[..8]);
        var port = FreePort();
        var connectionString = (await RunAsync(script, "start", data, port.ToString())).Trim();
        return new PostgresServer(WithDatabase(connectionString, "postgres"), $"local cluster on port {port}", async () =>
        {
            await RunAsync(script, "stop", data);
            try
            {
                Directory.Delete(data, recursive: true);
                File.Delete(data + ".initdb.log");
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
        });
    }

    internal static async Task<string> RunAsync(string file, params string[] arguments)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {file}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{Path.GetFileName(file)} {string.Join(' ', arguments)} failed: {await error}");
        }
        return await output;
    }

    internal static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public static string WithDatabase(string connectionString, string database) =>
        new NpgsqlConnectionStringBuilder(connectionString) { Database = database, Pooling = true }.ConnectionString;
}
