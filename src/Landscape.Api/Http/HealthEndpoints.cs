using Landscape.Data;
using Microsoft.EntityFrameworkCore;

namespace Landscape.Api.Http;

public static class HealthEndpoints
{
    /// <summary>/healthz: the process answers. /readyz: the database answers and has no pending migration.</summary>
    public static void MapHealthEndpoints(this WebApplication app)
    {
        app.MapGet("/healthz", () => Results.Text("ok")).ExcludeFromDescription();
        app.MapGet("/readyz", async (LandscapeDbContext db, ILoggerFactory loggers, CancellationToken cancellationToken) =>
        {
            try
            {
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                timeout.CancelAfter(TimeSpan.FromSeconds(3));
                var pending = (await db.Database.GetPendingMigrationsAsync(timeout.Token)).ToList();
                return pending.Count == 0
                    ? Results.Text("ready")
                    : Results.Text($"not ready: {pending.Count} pending migration(s)", statusCode: StatusCodes.Status503ServiceUnavailable);
            }
            catch (Exception e) when (e is Npgsql.NpgsqlException or OperationCanceledException or InvalidOperationException)
            {
                loggers.CreateLogger("Landscape.Readiness").LogWarning("Database not reachable: {Reason}", e.Message);
                return Results.Text("not ready: database unreachable", statusCode: StatusCodes.Status503ServiceUnavailable);
            }
        }).ExcludeFromDescription();
    }
}
