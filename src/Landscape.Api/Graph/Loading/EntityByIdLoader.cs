using Landscape.Data;
using Landscape.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Landscape.Api.Graph.Loading;

/// <summary>Any entity by its id, batched: parent references and `node(id:)` go through this.</summary>
public sealed class EntityByIdLoader<TEntity>(ReadDbContextFactory contexts) : BatchLoader<int, TEntity>
    where TEntity : class, IEntity
{
    // Compiled once per entity type: the loaders run on every request, and a compiled query skips
    // EF's per-execution expression building, cache lookup and parameter extraction.
    private static readonly Func<LandscapeDbContext, IReadOnlyList<int>, IAsyncEnumerable<TEntity>> ByIds =
        KeyedQuery.Compile((LandscapeDbContext db, int[] keys) => db.Set<TEntity>().AsNoTracking().Where(e => keys.Contains(e.Id)));

    protected override async Task<IReadOnlyDictionary<int, TEntity>> FetchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await ByIds(db, keys).ToDictionaryAsync(e => e.Id, cancellationToken: cancellationToken);
    }
}
