namespace Landscape.Api.GraphQL.Cost;

/// <summary>
/// Lets only a few costly requests (a whole landscape map, thousands of nodes) hold their rows,
/// result tree and response in memory at once; the rest wait their turn. On a small machine this
/// bounds the server's peak memory without costing throughput: such requests are CPU-bound, so
/// more of them at once only share the same cores. Cheap requests never wait.
/// </summary>
public sealed class HeavyRequestGate(double heavyCost, int concurrency) : IDisposable
{
    private const string Key = "Landscape.HeavyGate";
    private readonly SemaphoreSlim _slots = new(Math.Max(concurrency, 1));

    /// <summary>Called once the request's cost is known (before it runs); waits for a slot when it is heavy.</summary>
    public async Task EnterAsync(IDictionary<string, object?> userContext, double cost, CancellationToken cancellationToken)
    {
        if (cost < heavyCost || userContext.ContainsKey(Key))
        {
            return;
        }
        await _slots.WaitAsync(cancellationToken);
        userContext[Key] = true;
    }

    /// <summary>Called when the response has been written (or failed): frees the slot it held, if any.</summary>
    public void Exit(IDictionary<string, object?> userContext)
    {
        if (userContext.Remove(Key))
        {
            _slots.Release();
        }
    }

    public void Dispose() => _slots.Dispose();
}
