using Landscape.Data;
using Landscape.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Landscape.Api.Graph.Taxonomy;

public sealed class CategoriesByProductLoader(ReadDbContextFactory contexts) : ListBatchLoader<int, Category>
{
    private static readonly Func<LandscapeDbContext, IReadOnlyList<int>, IAsyncEnumerable<(int ProductId, Category Category)>> ByProducts =
        KeyedQuery.Compile((LandscapeDbContext db, int[] keys) => db.ProductCategories.AsNoTracking()
            .Where(pc => keys.Contains(pc.ProductId))
            .OrderBy(pc => pc.Category.Layer).ThenBy(pc => pc.Category.SortOrder)
            .Select(pc => ValueTuple.Create(pc.ProductId, pc.Category)));

    protected override async Task<IReadOnlyDictionary<int, IReadOnlyList<Category>>> FetchAsync(
        IReadOnlyList<int> keys, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await ByProducts(db, keys).ToListAsync(cancellationToken);
        return ListsBy(rows, r => r.ProductId, r => r.Category);
    }
}
