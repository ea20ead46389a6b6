using Landscape.Api.GraphQL.Common;
using Landscape.Data;
using Landscape.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Landscape.Api.GraphQL.Usage;

/// <summary>
/// The newest figure of one metric for each product (dated on or before the day looked at): one
/// row per product read along the (product, metric, as_of) index, instead of whole histories.
/// </summary>
public sealed class LatestUsageLoader(IDbContextFactory<LandscapeDbContext> contexts, LatestUsageQuery query) : BatchLoader<int, UsageMetric>
{
    protected override async Task<IReadOnlyDictionary<int, UsageMetric>> FetchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var (day, metric) = (query.AsOf.Day, query.Metric);
        var rows = await db.UsageMetrics.AsNoTracking()
            .Where(u => keys.Contains(u.ProductId) && u.Metric == metric && (day == null || u.AsOf <= day))
            .GroupBy(u => u.ProductId)
            .Select(g => g.OrderByDescending(u => u.AsOf).ThenByDescending(u => u.Id).First())
            .ToListAsync(cancellationToken);
        return rows.ToDictionary(u => u.ProductId);
    }
}
