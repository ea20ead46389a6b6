using Landscape.Data;
using Landscape.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Landscape.Api.GraphQL.Common;

/// <summary>Any entity by its id, batched: parent references and `node(id:)` go through this.</summary>
public sealed class EntityByIdLoader<TEntity>(ReadDbContextFactory contexts) : BatchLoader<int, TEntity>
    where TEntity : class, IEntity
{
    protected override async Task<IReadOnlyDictionary<int, TEntity>> FetchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Set<TEntity>().AsNoTracking().Where(e => keys.Contains(e.Id)).ToDictionaryAsync(e => e.Id, cancellationToken);
    }
}
