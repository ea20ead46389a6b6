using Landscape.Data;
using Microsoft.EntityFrameworkCore;

namespace Landscape.Api.Graph.Stats;

/// <summary>Product counts, one SQL statement whatever the number of products.</summary>
public static class ProductStats
{
    public static async Task<StatsBreakdown> CountsAsync(LandscapeDbContext db, ProductGroupBy groupBy, StatsScope scope,
        CancellationToken cancellationToken)
    {
        var (keyed, chronological) = groupBy switch
        {
            ProductGroupBy.Layer => ("SELECT p.id, p.layer AS key, NULL::text AS label FROM selected p", false),
            ProductGroupBy.Category => ($"""
                SELECT DISTINCT p.id, c.slug AS key, c.name AS label FROM selected p
                LEFT JOIN (product_categories pc JOIN categories c ON c.id = pc.category_id{scope.CategoryRestriction()})
                  ON pc.product_id = p.id
                """, false),
            ProductGroupBy.Country => ("SELECT p.id, p.hq_country AS key, NULL::text AS label FROM selected p", false),
            _ => ("SELECT p.id, extract(year FROM p.launched_on)::int::text AS key, NULL::text AS label FROM selected p", true),
        };
        var sql = $"""
            WITH selected AS ({scope.ProductsSql()}),
            keyed AS ({keyed})
            SELECT key, label, count(*)::bigint AS count, 0::numeric AS total_usd, FALSE AS is_total FROM keyed GROUP BY key, label
            UNION ALL
            SELECT NULL, NULL, count(*)::bigint, 0::numeric, TRUE FROM selected
            """;
        var rows = await db.Database.SqlQueryRaw<StatsRow>(sql, [.. scope.Parameters()]).ToListAsync(cancellationToken);
        var total = rows.Single(r => r.IsTotal);
        var groups = rows.Where(r => !r.IsTotal && r.Count > 0)
            .Select(r => new StatsGroup(r.Key, StatsLabels.For(r.Key, r.Label), r.Count, 0));
        return new StatsBreakdown(StatsLabels.Order(groups, chronological), total.Count, 0);
    }
}
