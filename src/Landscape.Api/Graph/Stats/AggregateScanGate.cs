namespace Landscape.Api.Graph.Stats;

/// <summary>
/// At most a few dashboard aggregates run in PostgreSQL at once; the others wait for a turn. Each
/// one scans every round or usage fact in scope: on a large catalog, sixteen dashboards at once
/// were 48 scans sharing 2 cores, and a quarter of them ran into the statement timeout. A turn is
/// one statement, not a whole request, so a small catalog's millisecond scans keep flowing, and a
/// turn is held only while its statement runs, so it never waits on anything that waits on it.
/// </summary>
public sealed class AggregateScanGate(int concurrency) : IDisposable
{
    private readonly SemaphoreSlim _turns = new(Math.Max(concurrency, 1));

    public async Task<T> RunAsync<T>(Func<Task<T>> scan, CancellationToken cancellationToken)
    {
        await _turns.WaitAsync(cancellationToken);
        try
        {
            return await scan();
        }
        finally
        {
            _turns.Release();
        }
    }

    public void Dispose() => _turns.Dispose();
}
