using GraphQL;
using Landscape.Data;

namespace Landscape.Api.Graph.Loading;

public static class ReadContextExtensions
{
    /// <summary>The request's read contexts: the replica's, unless the request has written (see <see cref="ReadDbContextFactory"/>).</summary>
    public static ReadDbContextFactory ReadContexts(this IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<ReadDbContextFactory>();

    /// <summary>One read on a context of its own (fields resolve in parallel, and a context is not thread-safe).</summary>
    public static async Task<T> ReadAsync<T>(this IResolveFieldContext context, Func<LandscapeDbContext, Task<T>> read)
    {
        await using var db = await context.ReadContexts().CreateDbContextAsync(context.CancellationToken);
        return await read(db);
    }
}
