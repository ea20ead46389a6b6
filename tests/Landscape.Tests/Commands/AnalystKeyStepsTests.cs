using Landscape.Tests.Infrastructure;

namespace Landscape.Tests.Commands;

/// <summary>
/// The README's analyst steps on a fresh clone: `./deploy/run-local.sh` in one terminal (a local
/// cluster, migrated), then `dotnet run --project src/Landscape.Api -- keys create …` in another,
/// with no connection string set anywhere.
/// </summary>
public sealed class AnalystKeyStepsTests : IAsyncLifetime
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), "landscape-analyst-" + Guid.NewGuid().ToString("N")[..8]);
    private readonly int _port = PostgresServer.FreePort();
    private static string Script => Path.Combine(RepositoryPaths.Root, "deploy", "postgres-local.sh");

    // What the second terminal has: nothing of ours but the port run-local.sh was given.
    private Dictionary<string, string?> Terminal => new()
    {
        ["ConnectionStrings__Landscape"] = null,
        ["ASPNETCORE_ENVIRONMENT"] = null,
        ["DOTNET_ENVIRONMENT"] = null,
        ["LANDSCAPE_PG_PORT"] = _port.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    // The cluster as run-local.sh starts it (on a free port rather than 55432, which a developer's may hold).
    public async Task InitializeAsync() => await PostgresServer.RunAsync(Script, "start", _data, _port.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public async Task DisposeAsync()
    {
        await PostgresServer.RunAsync(Script, "stop", _data);
        try
        {
            Directory.Delete(_data, recursive: true);
            File.Delete(_data + ".initdb.log");
        }
        catch (IOException)
        {
        }
    }

    [Fact]
    public async Task Keys_create_as_the_readme_types_it_reaches_the_local_cluster_without_a_connection_string()
    {
        // run-local.sh's share: the service (in Development) migrates the cluster it started.
        var migrated = await ServiceBinary.RunAsync(new Dictionary<string, string?>(Terminal) { ["ASPNETCORE_ENVIRONMENT"] = "Development" }, "migrate");
        Assert.True(migrated.ExitCode == 0, migrated.ToString());

        // The analyst's share, word for word but for --no-build (the tests built it already).
        var created = await ServiceBinary.RunAsync(ServiceBinary.Dotnet(Terminal, RepositoryPaths.Root,
            "run", "--no-build", "-c", BuildConfiguration, "--project", "src/Landscape.Api", "--", "keys", "create", "--role", "ANALYST", "--name", "alice"));

        Assert.True(created.ExitCode == 0, created.ToString());
        // The key and its heading, and nothing else of ours: no warnings, no log lines.
        var lines = created.OutputLines.Where(l => !l.StartsWith("Using launch settings from", StringComparison.Ordinal)).ToArray();
        Assert.True(lines.Length == 2, created.ToString());
        Assert.Matches("^Key [0-9]+ \\(ANALYST, \"alice\"\\)", lines[0]);
        Assert.StartsWith("lsk_", lines[1], StringComparison.Ordinal);
        Assert.True(created.Errors.Trim().Length == 0, created.ToString());

        var listed = await ServiceBinary.RunAsync(new Dictionary<string, string?>(Terminal) { ["ASPNETCORE_ENVIRONMENT"] = "Development" }, "keys", "list");
        Assert.True(listed.ExitCode == 0, listed.ToString());
        Assert.Contains(listed.OutputLines, l => l.Contains("alice", StringComparison.Ordinal));
    }

    private const string BuildConfiguration =
#if DEBUG
        "Debug";
#else
        "Release";
#endif
}
