using System.Globalization;
using Landscape.Api.Hosting;
using Landscape.Data;
using Microsoft.EntityFrameworkCore;

namespace Landscape.Api.Http;

public static class HealthEndpoints
{
    private static readonly TimeSpan CheckTimeout = TimeSpan.FromSeconds(3);

    /// <summary>
    /// /healthz: the process answers. /readyz: not shutting down, and the primary answers and has no
    /// pending migration; the first line says ready or why not, a second one reports the read
    /// replica when one is configured (its state does not decide readiness: reads can wait for it,
    /// taking every pod out of rotation would not help).
    /// </summary>
    public static void MapHealthEndpoints(this WebApplication app)
    {
        // Created now, so it sees ApplicationStopping however early that comes.
        var draining = app.Services.GetRequiredService<Draining>();
        app.MapGet("/healthz", () => Results.Text("ok")).ExcludeFromDescription();
        app.MapGet("/readyz", async (HttpContext http, ILoggerFactory loggers, CancellationToken cancellationToken) =>
        {
            if (draining.IsDraining)
            {
                return Results.Text("not ready: shutting down", statusCode: StatusCodes.Status503ServiceUnavailable);
            }
            var logger = loggers.CreateLogger("Landscape.Readiness");
            var services = http.RequestServices;
            var (ready, primary) = await CheckPrimaryAsync(services.GetRequiredService<LandscapeDbContext>(), logger, cancellationToken);
            var replica = services.GetRequiredService<IConfiguration>().GetConnectionString(DataServiceCollectionExtensions.ReadReplica) is { Length: > 0 }
                ? "\nreplica: " + await DescribeReplicaAsync(
                    services.GetRequiredKeyedService<IDbContextFactory<LandscapeDbContext>>(DataServiceCollectionExtensions.ReadReplica),
                    logger, cancellationToken)
                : "";
            return Results.Text(primary + replica, statusCode: ready ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
        }).ExcludeFromDescription();
    }

    private static async Task<(bool Ready, string Text)> CheckPrimaryAsync(LandscapeDbContext db, ILogger logger, CancellationToken cancellationToken)
    {
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(CheckTimeout);
            var pending = (await db.Database.GetPendingMigrationsAsync(timeout.Token)).ToList();
            return pending.Count == 0 ? (true, "ready") : (false, $"not ready: {pending.Count} pending migration(s)");
        }
        catch (Exception e) when (e is Npgsql.NpgsqlException or OperationCanceledException or InvalidOperationException)
        {
            logger.LogWarning("Database not reachable: {Reason}", e.Message);
            return (false, "not ready: database unreachable");
        }
    }

    /// <summary>"streaming, replay lag 0.0 s", "not a standby" (pointed at a primary) or "unreachable".</summary>
    private static async Task<string> DescribeReplicaAsync(IDbContextFactory<LandscapeDbContext> replica, ILogger logger,
        CancellationToken cancellationToken)
    {
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(CheckTimeout);
            await using var db = await replica.CreateDbContextAsync(timeout.Token);
            await db.Database.OpenConnectionAsync(timeout.Token);
            await using var command = db.Database.GetDbConnection().CreateCommand();
            // Lag: zero when everything received is replayed, else the age of the last replayed transaction.
            command.CommandText = """
                SELECT pg_is_in_recovery(),
                       CASE WHEN pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn() THEN 0
                            ELSE extract(epoch FROM now() - pg_last_xact_replay_timestamp()) END::float8
                """;
            await using var reader = await command.ExecuteReaderAsync(timeout.Token);
            await reader.ReadAsync(timeout.Token);
            if (!reader.GetBoolean(0))
            {
                return "not a standby (LandscapeRead points at a primary)";
            }
            var lag = await reader.IsDBNullAsync(1, timeout.Token) ? 0 : reader.GetDouble(1);
            return "streaming, replay lag " + lag.ToString("0.0", CultureInfo.InvariantCulture) + " s";
        }
        catch (Exception e) when (e is Npgsql.NpgsqlException or OperationCanceledException or InvalidOperationException)
        {
            logger.LogWarning("Read replica not reachable: {Reason}", e.Message);
            return "unreachable";
        }
    }
}
