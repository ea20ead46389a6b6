using GraphQL.DataLoader;

namespace Landscape.Api.Graph.Loading;

/// <summary>
/// Gathers the keys that resolvers ask for during one execution pass and fetches them with one
/// query when the first result is awaited (GraphQL.NET awaits data-loader results only after
/// every field of the pass has been resolved, so a whole list's keys go out together).
/// One instance per request and per argument set; see <see cref="DataLoaders"/>. When one
/// loader starts its batch, it starts every other loader of the request that has keys waiting,
/// so the queries of one level (a page's organizations, categories, latest figures) run at the
/// same time on their own connections instead of one after another.
/// </summary>
public abstract class BatchLoader<TKey, TValue> : IDispatchable where TKey : notnull
{
    private readonly Lock _gate = new();
    private readonly List<TKey> _queued = [];
    private readonly HashSet<TKey> _queuedSet = [];
    private readonly Dictionary<TKey, Task<IReadOnlyDictionary<TKey, TValue>>> _batches = [];

    // The request's other loaders, started together with this one.
    private DataLoaders? _siblings;

    public void Attach(DataLoaders siblings) => _siblings = siblings;

    /// <summary>The request's other loaders, for a fetch that reads their rows too (see <see cref="Prime"/>).</summary>
    protected DataLoaders Siblings => _siblings ?? throw new InvalidOperationException("The loader was not made by DataLoaders.");

    /// <summary>
    /// Takes the values another loader's query already read for these keys (an empty list for a
    /// key with nothing), so loading them later costs no query.
    /// </summary>
    public void Prime(IReadOnlyDictionary<TKey, TValue> values)
    {
        var known = Task.FromResult(values);
        lock (_gate)
        {
            foreach (var key in values.Keys)
            {
                if (!_queuedSet.Contains(key))
                {
                    _batches.TryAdd(key, known);
                }
            }
        }
    }

    public IDataLoaderResult<TValue?> Load(TKey key)
    {
        lock (_gate)
        {
            if (!_batches.ContainsKey(key) && _queuedSet.Add(key))
            {
                _queued.Add(key);
            }
        }
        return new Pending(this, key);
    }

    /// <summary>Fetches every key of one batch; keys with nothing to return may be left out.</summary>
    protected abstract Task<IReadOnlyDictionary<TKey, TValue>> FetchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken);

    /// <summary>The value for a key that the fetch left out (null, or an empty list for list loaders).</summary>
    protected virtual TValue? Missing => default;

    private async Task<TValue?> GetAsync(TKey key, CancellationToken cancellationToken)
    {
        Task<IReadOnlyDictionary<TKey, TValue>> batch;
        var started = false;
        lock (_gate)
        {
            if (!_batches.TryGetValue(key, out batch!))
            {
                if (!_queuedSet.Contains(key))
                {
                    _queued.Add(key);
                    _queuedSet.Add(key);
                }
                batch = StartQueued(cancellationToken)!;
                started = true;
            }
        }
        if (started)
        {
            _siblings?.DispatchAll(cancellationToken);
        }
        var values = await batch;
        return values.TryGetValue(key, out var value) ? value : Missing;
    }

    /// <summary>Starts the batch of the keys waiting, if any (see <see cref="IDispatchable"/>).</summary>
    public void Dispatch(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            StartQueued(cancellationToken);
        }
    }

    // Under _gate.
    private Task<IReadOnlyDictionary<TKey, TValue>>? StartQueued(CancellationToken cancellationToken)
    {
        if (_queued.Count == 0)
        {
            return null;
        }
        var keys = _queued.ToList();
        _queued.Clear();
        _queuedSet.Clear();
        var batch = DatabaseAvailability.ReadAsync(() => FetchAsync(keys, cancellationToken), cancellationToken);
        foreach (var k in keys)
        {
            _batches[k] = batch;
        }
        return batch;
    }

    private sealed class Pending(BatchLoader<TKey, TValue> loader, TKey key) : IDataLoaderResult<TValue?>
    {
        public Task<TValue?> GetResultAsync(CancellationToken cancellationToken = default) => loader.GetAsync(key, cancellationToken);

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await GetResultAsync(cancellationToken);
    }
}

/// <summary>A loader of child lists: a key with no rows gets an empty list.</summary>
public abstract class ListBatchLoader<TKey, TValue> : BatchLoader<TKey, IReadOnlyList<TValue>> where TKey : notnull
{
    protected override IReadOnlyList<TValue> Missing => [];

    /// <summary>The rows as one list per key, each in the order the rows came.</summary>
    protected static IReadOnlyDictionary<TKey, IReadOnlyList<TValue>> ListsBy<TRow>(IEnumerable<TRow> rows, Func<TRow, TKey> key, Func<TRow, TValue> value) =>
        rows.GroupBy(key).ToDictionary(g => g.Key, g => (IReadOnlyList<TValue>)g.Select(value).ToList());

    /// <inheritdoc cref="ListsBy{TRow}"/>
    protected static IReadOnlyDictionary<TKey, IReadOnlyList<TValue>> ListsBy(IEnumerable<TValue> rows, Func<TValue, TKey> key) =>
        ListsBy(rows, key, row => row);
}
