namespace Landscape.Api.Graph.Limits;

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
    private readonly SemaphoreSlim _slots = new(Math.Max(concurrency, 1));

    /// <summary>
    /// Called by a map's resolver before it reads: waits for the request's slot. A request takes
    /// one slot however many maps it asks for; they may resolve in parallel, so the first one's
    /// wait is shared (a slot per field could leave two requests each holding one and waiting for
    /// another).
    /// </summary>
    public Task EnterAsync(RequestState request, CancellationToken cancellationToken)
    {
        lock (request)
        {
            return request.HeavySlot ??= HoldAsync(cancellationToken);
        }
    }

    /// <summary>Called when the response has been written (or failed): frees the slot the request held, if any.</summary>
    public void Exit(RequestState request)
    {
        Task<IDisposable>? pending;
        lock (request)
        {
            (pending, request.HeavySlot) = (request.HeavySlot, null);
        }
        // Every field that waited has finished by now; a wait that was canceled holds nothing.
        if (pending is { IsCompletedSuccessfully: true } held)
        {
            held.Result.Dispose();
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
