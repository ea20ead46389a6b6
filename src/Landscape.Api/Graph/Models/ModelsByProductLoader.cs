using Landscape.Data;
using Landscape.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Landscape.Api.Graph.Models;

/// <summary>The models each product is built on.</summary>
public sealed class ModelsByProductLoader(ReadDbContextFactory contexts) : ListBatchLoader<int, Model>
{
    private static readonly Func<LandscapeDbContext, IReadOnlyList<int>, IAsyncEnumerable<(int ProductId, Model Model)>> ByProducts =
        KeyedQuery.Compile((LandscapeDbContext db, int[] keys) => db.ProductModels.AsNoTracking()
            .Where(pm => keys.Contains(pm.ProductId))
            .OrderBy(pm => pm.Model.ReleasedOn).ThenBy(pm => pm.ModelId)
            .Select(pm => ValueTuple.Create(pm.ProductId, pm.Model)));

    protected override async Task<IReadOnlyDictionary<int, IReadOnlyList<Model>>> FetchAsync(
        IReadOnlyList<int> keys, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await ByProducts(db, keys).ToListAsync(cancellationToken);
        return ListsBy(rows, r => r.ProductId, r => r.Model);
    }
}
