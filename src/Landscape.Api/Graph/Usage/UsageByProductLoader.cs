using Landscape.Data;
using Landscape.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Landscape.Api.Graph.Usage;

/// <summary>Each product's usage history up to the day looked at, newest first (histories are short; callers filter and page).</summary>
public sealed class UsageByProductLoader(ReadDbContextFactory contexts, AsOfDay asOf) : ListBatchLoader<int, UsageMetric>
{
    public const string Order = "as_of_desc";

    private static readonly Func<LandscapeDbContext, IReadOnlyList<int>, DateOnly?, IAsyncEnumerable<UsageMetric>> ByProducts =
        KeyedQuery.Compile<DateOnly?, UsageMetric>((db, keys, day) => db.UsageMetrics.AsNoTracking()
            .Where(u => keys.Contains(u.ProductId) && (day == null || u.AsOf <= day))
            .OrderByDescending(u => u.AsOf).ThenByDescending(u => u.Id));

    protected override async Task<IReadOnlyDictionary<int, IReadOnlyList<UsageMetric>>> FetchAsync(
        IReadOnlyList<int> keys, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await ByProducts(db, keys, asOf.Day).ToListAsync(cancellationToken);
        return ListsBy(rows, r => r.ProductId);
    }
}
