using System.Collections.Concurrent;

namespace Landscape.Api.Graph.Loading;

/// <summary>
/// The request's loaders (scoped). A loader whose query depends on field arguments gets one
/// instance per distinct argument set, so keys are only batched with keys asking the same thing.
/// </summary>
public sealed class DataLoaders(IServiceProvider services)
{
    private readonly IServiceProvider _services = services;

    private readonly ConcurrentDictionary<(Type, object?), object> _loaders = new();

    public TLoader Get<TLoader>(object? arguments = null) where TLoader : class =>
        (TLoader)_loaders.GetOrAdd((typeof(TLoader), arguments),
            static (key, self) =>
            {
                var loader = ActivatorUtilities.CreateInstance(self._services, key.Item1, key.Item2 is null ? [] : [key.Item2]);
                (loader as IDispatchable)?.Attach(self);
                return loader;
            },
            this);

    /// <summary>Starts every loader that has keys waiting (each on its own connection).</summary>
    public void DispatchAll(CancellationToken cancellationToken)
    {
        foreach (var loader in _loaders.Values)
        {
            (loader as IDispatchable)?.Dispatch(cancellationToken);
        }
    }
}
