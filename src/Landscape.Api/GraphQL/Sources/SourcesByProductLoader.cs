using Landscape.Api.GraphQL.Common;
using Landscape.Data;
using Landscape.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Landscape.Api.GraphQL.Sources;

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
        return rows.GroupBy(r => r.ProductId).ToDictionary(g => g.Key,
            g => (IReadOnlyList<Source>)g.Select(r => r.Source).DistinctBy(s => s.Id)
                .OrderByDescending(s => s.PublishedOn).ThenBy(s => s.Url, StringComparer.Ordinal).ToList());
    }
}
