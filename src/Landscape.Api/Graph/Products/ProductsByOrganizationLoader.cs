using Landscape.Data;
using Landscape.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Landscape.Api.Graph.Products;

/// <summary>Each organization's products (those on the market on the day looked at), by name.</summary>
public sealed class ProductsByOrganizationLoader(ReadDbContextFactory contexts, AsOfDay asOf) : ListBatchLoader<int, Product>
{
    protected override async Task<IReadOnlyDictionary<int, IReadOnlyList<Product>>> FetchAsync(
        IReadOnlyList<int> keys, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Products.AsNoTracking()
            .Where(p => p.OrganizationId != null).WhereKeyIn(keys, p => p.OrganizationId!.Value)
            .OnMarket(asOf)
            .OrderBy(p => p.Name).ThenBy(p => p.Id)
            .SelectReadable()
            .ToListAsync(cancellationToken);
        return ListsBy(rows, r => r.OrganizationId!.Value);
    }
}
