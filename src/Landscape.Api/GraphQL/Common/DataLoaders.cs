using System.Collections.Concurrent;

namespace Landscape.Api.GraphQL.Common;

/// <summary>
/// The request's loaders (scoped). A loader whose query depends on field arguments gets one
/// instance per distinct argument set, so keys are only batched with keys asking the same thing.
/// </summary>
public sealed class DataLoaders(IServiceProvider services)
{
    private readonly ConcurrentDictionary<(Type, object?), object> _loaders = new();

    public TLoader Get<TLoader>(object? arguments = null) where TLoader : class =>
        (TLoader)_loaders.GetOrAdd((typeof(TLoader), arguments),
            static (key, sp) => ActivatorUtilities.CreateInstance(sp, key.Item1, key.Item2 is null ? [] : [key.Item2]),
            services);
}
