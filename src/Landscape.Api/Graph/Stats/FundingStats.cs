using GraphQL;
using Landscape.Data;
using Microsoft.EntityFrameworkCore;

namespace Landscape.Api.Graph.Stats;

/// <summary>Funding aggregates, each one SQL statement whatever the number of rounds.</summary>
public static class FundingStats
{
    /// <summary>More buckets than this is a mistake (monthly buckets over a century), not a chart.</summary>
    public const int MaxBuckets = 1200;

    public static async Task<List<FundingBucket>> OverTimeAsync(LandscapeDbContext db, StatsInterval interval, StatsScope scope,
        CancellationToken cancellationToken)
    {
        if (scope.From is { } from && scope.To is { } to)
        {
            if (from > to)
            {
                throw new ExecutionError("`from` must not be after `to`.") { Code = ApiErrorCodes.InvalidArgument };
            }
            // The series stops at today: no round is announced later, and 9999-12-31 would reach PostgreSQL as infinity.
            if (Months(from, to < Today ? to : Today) / MonthsPer(interval) > MaxBuckets)
            {
                throw new ExecutionError($"At most {MaxBuckets} buckets; use a wider interval or a shorter range.") { Code = ApiErrorCodes.InvalidArgument };
            }
        }
        var unit = Unit(interval);
        // The rounds are summed per period first (a few dozen groups), then generate_series makes
        // every period between the bounds (given, or the first and last round's) so empty ones come
        // back as zeros; bounds is one row either way.
        var sql = $"""
            WITH rounds AS ({scope.RoundsSql()}),
            buckets AS (
              SELECT date_trunc('{unit}', announced_on::timestamp) AS period, count(*)::bigint AS round_count,
                     COALESCE(sum(amount_usd), 0) AS total_usd
              FROM rounds GROUP BY 1),
            bounds AS (
              SELECT date_trunc('{unit}', {(scope.From is null ? "x.first" : "GREATEST(@from::date, DATE '1900-01-01')")}::timestamp) AS lo,
                     date_trunc('{unit}', {(scope.To is null ? "x.last" : "LEAST(@to::date, CURRENT_DATE)")}::timestamp) AS hi
              FROM (SELECT min(period) AS first, max(period) AS last FROM buckets) x)
            SELECT s.period::date AS period_start, COALESCE(b.round_count, 0) AS round_count, COALESCE(b.total_usd, 0) AS total_usd
            FROM bounds CROSS JOIN LATERAL generate_series(bounds.lo, bounds.hi, interval '{MonthsPer(interval)} months') AS s(period)
            LEFT JOIN buckets b ON b.period = s.period
            ORDER BY s.period
            """;
        var rows = await db.Database.SqlQueryRaw<FundingBucketRow>(sql, [.. scope.Parameters()]).ToListAsync(cancellationToken);
        return rows.Select(r => new FundingBucket(r.PeriodStart, PeriodEnd(r.PeriodStart, MonthsPer(interval)), r.RoundCount, r.TotalUsd)).ToList();
    }

    public static async Task<StatsBreakdown> BreakdownAsync(LandscapeDbContext db, FundingGroupBy groupBy, StatsScope scope,
        CancellationToken cancellationToken)
    {
        var (keyed, chronological) = groupBy switch
        {
            // The layers and categories of the organization's products, restricted to the scope's own.
            FundingGroupBy.Layer => ($"""
                SELECT DISTINCT r.id, r.amount_usd, k.layer AS key, NULL::text AS label FROM rounds r
                LEFT JOIN LATERAL (SELECT DISTINCT p.layer FROM products p WHERE p.organization_id = r.organization_id
                  {(scope.Layer is null ? "" : "AND p.layer = @layer")}
                  {(scope.HasCategories ? "AND EXISTS (SELECT 1 FROM product_categories pc JOIN categories c ON c.id = pc.category_id WHERE pc.product_id = p.id AND c.slug = ANY(@slugs))" : "")}
                ) k ON TRUE
                """, false),
            FundingGroupBy.Category => ($"""
                SELECT DISTINCT r.id, r.amount_usd, k.slug AS key, k.name AS label FROM rounds r
                LEFT JOIN LATERAL (SELECT DISTINCT c.slug, c.name FROM products p JOIN product_categories pc ON pc.product_id = p.id
                  JOIN categories c ON c.id = pc.category_id WHERE p.organization_id = r.organization_id{scope.CategoryRestriction()}
                ) k ON TRUE
                """, false),
            FundingGroupBy.Country => ("SELECT r.id, r.amount_usd, r.hq_country AS key, NULL::text AS label FROM rounds r", false),
            FundingGroupBy.RoundType => ("SELECT r.id, r.amount_usd, r.round_type AS key, NULL::text AS label FROM rounds r", false),
            _ => ("SELECT r.id, r.amount_usd, extract(year FROM r.announced_on)::int::text AS key, NULL::text AS label FROM rounds r", true),
        };
        var sql = $"""
            WITH rounds AS ({scope.RoundsSql(withCountry: groupBy == FundingGroupBy.Country)}),
            keyed AS ({keyed})
            SELECT key, label, count(*)::bigint AS count, COALESCE(sum(amount_usd), 0) AS total_usd, FALSE AS is_total
            FROM keyed GROUP BY key, label
            UNION ALL
            SELECT NULL, NULL, count(*)::bigint, COALESCE(sum(amount_usd), 0), TRUE FROM rounds
            """;
        var rows = await db.Database.SqlQueryRaw<StatsRow>(sql, [.. scope.Parameters()]).ToListAsync(cancellationToken);
        var total = rows.Single(r => r.IsTotal);
        var groups = rows.Where(r => !r.IsTotal && r.Count > 0)
            .Select(r => new StatsGroup(r.Key, StatsLabels.For(r.Key, r.Label), r.Count, r.TotalUsd));
        return new StatsBreakdown(StatsLabels.Order(groups, chronological), total.Count, total.TotalUsd);
    }

    public static int MonthsPer(StatsInterval interval) => interval switch
    {
        StatsInterval.Month => 1,
        StatsInterval.Quarter => 3,
        _ => 12,
    };

    private static string Unit(StatsInterval interval) => interval switch
    {
        StatsInterval.Month => "month",
        StatsInterval.Quarter => "quarter",
        _ => "year",
    };

    /// <summary>The last day of the period starting on <paramref name="start"/> (the calendar's last day for a period that reaches past it, `to: "9999-12-31"`).</summary>
    private static DateOnly PeriodEnd(DateOnly start, int months) =>
        start > DateOnly.MaxValue.AddMonths(-months) ? DateOnly.MaxValue : start.AddMonths(months).AddDays(-1);

    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    private static int Months(DateOnly from, DateOnly to) => ((to.Year - from.Year) * 12) + to.Month - from.Month + 1;
}
