using Npgsql;

namespace Landscape.Api.Graph.Pipeline;

/// <summary>
/// Telling "the database is down or restarting" from a bug, and riding out short outages on
/// reads: a read is retried (it changes nothing); a write never is here — its caller learns the
/// outcome is unknown only if the commit itself failed, and otherwise nothing was written.
/// </summary>
public static class DatabaseAvailability
{
    private static readonly TimeSpan[] ReadRetryDelays = [TimeSpan.FromMilliseconds(100), TimeSpan.FromMilliseconds(400), TimeSpan.FromSeconds(1)];

    public static bool IsUnavailable(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case PostgresException pg when pg.SqlState.StartsWith("57P", StringComparison.Ordinal) || pg.SqlState.StartsWith("08", StringComparison.Ordinal)
                                               || pg.SqlState == PostgresErrorCodes.TooManyConnections:
                    return true;
                case PostgresException:
                    return false;
                case NpgsqlException npgsql when npgsql.IsTransient:
                    return true;
            }
        }
        return false;
    }

    /// <summary>Runs a read, retrying it on an unavailable database after dropping the pool's dead connections.</summary>
    public static async Task<T> ReadAsync<T>(Func<Task<T>> read, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return await read();
            }
            catch (Exception e) when (IsUnavailable(e) && attempt < ReadRetryDelays.Length && !cancellationToken.IsCancellationRequested)
            {
                // After a restart every pooled connection is dead; do not hand them out one by one.
                NpgsqlConnection.ClearAllPools();
                await Task.Delay(ReadRetryDelays[attempt], cancellationToken);
            }
        }
    }
}
