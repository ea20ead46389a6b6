using Landscape.Data;
using Landscape.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Landscape.Api.Graph.Sources;

/// <summary>The sources behind each product's facts: its usage figures and its organization's rounds.</summary>
public sealed class SourcesByProductLoader(ReadDbContextFactory contexts) : ListBatchLoader<int, Source>
{
    protected override async Task<IReadOnlyDictionary<int, IReadOnlyList<Source>>> FetchAsync(
        IReadOnlyList<int> keys, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var usage = db.UsageMetrics.WhereKeyIn(keys, u => u.ProductId).Select(u => new { u.ProductId, u.Source });
        var funding = db.Products.WhereKeyIn(keys, p => p.Id)
            .SelectMany(p => p.Organization!.FundingRounds.Select(r => new { ProductId = p.Id, r.Source }));
        var rows = await usage.Union(funding).AsNoTracking().ToListAsync(cancellationToken);
        return ListsBy(rows.DistinctBy(r => (r.ProductId, r.Source.Id))
            .OrderByDescending(r => r.Source.PublishedOn).ThenBy(r => r.Source.Url, StringComparer.Ordinal), r => r.ProductId, r => r.Source);
    }
}
