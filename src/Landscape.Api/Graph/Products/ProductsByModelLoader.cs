using Landscape.Data;
using Landscape.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Landscape.Api.Graph.Products;

/// <summary>The products built on each model (on the market on the day looked at), by name.</summary>
public sealed class ProductsByModelLoader(ReadDbContextFactory contexts, AsOfDay asOf) : ListBatchLoader<int, Product>
{
    public const string Order = "name";

    protected override async Task<IReadOnlyDictionary<int, IReadOnlyList<Product>>> FetchAsync(
        IReadOnlyList<int> keys, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var day = asOf.Day;
        var rows = await db.ProductModels.AsNoTracking()
            .WhereKeyIn(keys, pm => pm.ModelId)
            .Where(pm => day == null || (pm.Product.LaunchedOn != null && pm.Product.LaunchedOn <= day
                && (pm.Product.DiscontinuedOn == null || pm.Product.DiscontinuedOn > day)))
            .OrderBy(pm => pm.Product.Name).ThenBy(pm => pm.ProductId)
            .Select(pm => new { pm.ModelId, pm.Product })
            .ToListAsync(cancellationToken);
        return ListsBy(rows, r => r.ModelId, r => r.Product);
    }
}
