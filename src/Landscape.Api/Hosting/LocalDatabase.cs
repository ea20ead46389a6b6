namespace Landscape.Api.Hosting;

/// <summary>
/// The PostgreSQL that <c>deploy/run-local.sh</c> starts (<c>deploy/postgres-local.sh</c>: 127.0.0.1,
/// port <c>LANDSCAPE_PG_PORT</c> or 55432, user postgres, database landscape, trust on loopback).
/// In Development the service and its verbs use it when <c>ConnectionStrings:Landscape</c> is not
/// set, so an analyst's <c>dotnet run --project src/Landscape.Api -- keys create …</c> in a second
/// terminal reaches the cluster run-local.sh is serving from. Other environments must set it.
/// </summary>
public static class LocalDatabase
{
    public const string PortVariable = "LANDSCAPE_PG_PORT";

    public const int DefaultPort = 55432;

    /// <summary>The local cluster's connection string in Development; null elsewhere.</summary>
    public static string? ConnectionStringIn(IHostEnvironment environment)
    {
        if (!environment.IsDevelopment())
        {
            return null;
        }
        var text = Environment.GetEnvironmentVariable(PortVariable);
        if (string.IsNullOrWhiteSpace(text))
        {
            return ConnectionString(DefaultPort);
        }
        return int.TryParse(text, out var port) && port is > 0 and <= 65535
            ? ConnectionString(port)
            : throw new InvalidOperationException($"{PortVariable} is not a port number: '{text}'.");
    }

    /// <summary>What <c>postgres-local.sh start</c> prints for a cluster on <paramref name="port"/>.</summary>
    public static string ConnectionString(int port) => $"Host=127.0.0.1;Port={port};Username=postgres;Database=landscape";
}
