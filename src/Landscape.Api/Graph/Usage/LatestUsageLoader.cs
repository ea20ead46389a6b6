using Landscape.Data;
using Landscape.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Landscape.Api.Graph.Usage;

/// <summary>
/// The newest figure of one metric for each product (dated on or before the day looked at): for
/// each key, the first entry of the (product, metric, as_of) index read backwards — one row per
/// product, whatever the length of the histories.
/// </summary>
public sealed class LatestUsageLoader(ReadDbContextFactory contexts, LatestUsageQuery query) : BatchLoader<int, UsageMetric>
{
    // A LATERAL top-1 per key: cheaper to plan and run than the ROW_NUMBER() window EF makes of GroupBy/First.
    private const string Sql = """
        SELECT u.* FROM unnest(@keys) AS k(id)
        CROSS JOIN LATERAL (
            SELECT * FROM usage_metrics m
            WHERE m.product_id = k.id AND m.metric = @metric AND (@day::date IS NULL OR m.as_of <= @day::date)
            ORDER BY m.as_of DESC, m.id DESC LIMIT 1) AS u
        """;

    protected override async Task<IReadOnlyDictionary<int, UsageMetric>> FetchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.UsageMetrics.FromSqlRaw(Sql,
                new NpgsqlParameter("keys", keys.ToArray()),
                new NpgsqlParameter("metric", ConstantCase.Name(query.Metric)),
                new NpgsqlParameter("day", NpgsqlTypes.NpgsqlDbType.Date) { Value = (object?)query.AsOf.Day ?? DBNull.Value })
            .AsNoTracking()
            .ToListAsync(cancellationToken);
        return rows.ToDictionary(u => u.ProductId);
    }
}
