namespace Landscape.Api.GraphQL.Cost;

/// <summary>
/// Lets only a few requests that draw the whole landscape map (an unpaged list: tens of thousands
/// of products in a large catalog) hold their rows, result tree and response in memory at once;
/// the rest wait their turn. On a small machine this bounds the server's peak memory without
/// costing throughput: such requests are CPU-bound, so more of them at once only share the same
/// cores. Paged requests never wait: their size is bounded by `first`/`last` and the cost limit,
/// and holding them back would only add their database round trips to everyone's latency.
/// </summary>
public sealed class HeavyRequestGate(int concurrency) : IDisposable
{
    private const string Key = "Landscape.HeavyGate";
    private readonly SemaphoreSlim _slots = new(Math.Max(concurrency, 1));

    /// <summary>Called by the resolver of an unpaged map before it reads; waits for a slot (once per request).</summary>
    public async Task EnterAsync(IDictionary<string, object?> userContext, CancellationToken cancellationToken)
    {
        if (userContext.ContainsKey(Key))
        {
            return;
        }
        userContext[Key] = await HoldAsync(cancellationToken);
    }

    /// <summary>Called when the response has been written (or failed): frees the slot it held, if any.</summary>
    public void Exit(IDictionary<string, object?> userContext)
    {
        if (userContext.Remove(Key, out var slot))
        {
            ((IDisposable)slot!).Dispose();
        }
    }

    /// <summary>Waits for a slot and holds it until the result is disposed (the map embed uses it directly).</summary>
    public async Task<IDisposable> HoldAsync(CancellationToken cancellationToken)
    {
        await _slots.WaitAsync(cancellationToken);
        return new Slot(_slots);
    }

    public void Dispose() => _slots.Dispose();

    private sealed class Slot(SemaphoreSlim slots) : IDisposable
    {
        public void Dispose() => slots.Release();
    }
}
