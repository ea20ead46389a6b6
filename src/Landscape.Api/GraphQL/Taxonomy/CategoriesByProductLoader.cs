using Landscape.Api.GraphQL.Common;
using Landscape.Data;
using Landscape.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Landscape.Api.GraphQL.Taxonomy;

public sealed class CategoriesByProductLoader(ReadDbContextFactory contexts) : ListBatchLoader<int, Category>
{
    protected override async Task<IReadOnlyDictionary<int, IReadOnlyList<Category>>> FetchAsync(
        IReadOnlyList<int> keys, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.ProductCategories.AsNoTracking()
            .Where(pc => keys.Contains(pc.ProductId))
            .OrderBy(pc => pc.Category.Layer).ThenBy(pc => pc.Category.SortOrder)
            .Select(pc => new { pc.ProductId, pc.Category })
            .ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.ProductId)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<Category>)g.Select(r => r.Category).ToList());
    }
}
