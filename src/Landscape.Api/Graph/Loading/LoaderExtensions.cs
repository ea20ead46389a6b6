using GraphQL;

namespace Landscape.Api.Graph.Loading;

public static class LoaderExtensions
{
    /// <summary>The request's instance of a loader.</summary>
    public static TLoader Loader<TLoader>(this IResolveFieldContext context) where TLoader : class =>
        context.RequestServices!.GetRequiredService<DataLoaders>().Get<TLoader>();

    /// <summary>The request's instance of a loader for the day the field looks at (see <see cref="AsOfDay"/>).</summary>
    public static TLoader AsOfLoader<TLoader>(this IResolveFieldContext context) where TLoader : class =>
        context.RequestServices!.GetRequiredService<DataLoaders>().Get<TLoader>(AsOfDay.From(context));
}
