using Landscape.Data;
using Landscape.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Landscape.Api.Graph.Stats;

/// <summary>Usage aggregates, each one SQL statement (the products come in the same statement).</summary>
public static class UsageStats
{
    public const int MaxSeries = 20;

    /// <summary>Each product's latest figure dated on or before the day, the largest first.</summary>
    public static async Task<List<UsageLeader>> LeadersAsync(LandscapeDbContext db, UsageMetricKind metric, int first, StatsScope scope,
        CancellationToken cancellationToken)
    {
        // Only constant text is spliced in; the values are parameters.
        var sql = $"""
            SELECT DISTINCT ON (u.product_id) u.* FROM usage_metrics u
            WHERE u.metric = @metric {(scope.AsOf is null ? "" : "AND u.as_of <= @as_of")}
            ORDER BY u.product_id, u.as_of DESC, u.id DESC
            """;
        var latest = db.UsageMetrics.FromSqlRaw(sql, [.. MetricParameters(metric, scope.AsOf)]);
        var rows = await InScope(latest, scope).Include(u => u.Product).AsNoTracking()
            .OrderByDescending(u => u.Value).ThenBy(u => u.Product.Name).ThenBy(u => u.Id)
            .Take(first).ToListAsync(cancellationToken);
        return rows.Select((u, i) => new UsageLeader(i + 1, u)).ToList();
    }

    /// <summary>The products' figures of a metric, oldest first, in the order the slugs were given.</summary>
    public static async Task<List<UsageSeries>> SeriesAsync(LandscapeDbContext db, IReadOnlyList<string> slugs, UsageMetricKind metric,
        DateOnly? from, DateOnly? to, CancellationToken cancellationToken)
    {
        var rows = await db.Products.AsNoTracking().Where(p => slugs.Contains(p.Slug))
            .Select(p => new
            {
                Product = p,
                Points = p.UsageMetrics.Where(u => u.Metric == metric && (from == null || u.AsOf >= from) && (to == null || u.AsOf <= to))
                    .OrderBy(u => u.AsOf).ThenBy(u => u.Id).ToList(),
            })
            .ToListAsync(cancellationToken);
        var bySlug = rows.ToDictionary(r => r.Product.Slug);
        return slugs.Distinct().Where(bySlug.ContainsKey)
            .Select(s => new UsageSeries(bySlug[s].Product, bySlug[s].Points)).ToList();
    }

    /// <summary>Per product with a launch day, its first figure at or above the threshold; the fastest first.</summary>
    public static async Task<List<Milestone>> MilestonesAsync(LandscapeDbContext db, UsageMetricKind metric, long threshold, int first,
        StatsScope scope, CancellationToken cancellationToken)
    {
        var parameters = MetricParameters(metric, null);
        parameters.Add(new NpgsqlParameter("threshold", threshold));
        var reached = db.UsageMetrics.FromSqlRaw("""
            SELECT DISTINCT ON (u.product_id) u.* FROM usage_metrics u
            WHERE u.metric = @metric AND u.value >= @threshold
            ORDER BY u.product_id, u.as_of, u.id
            """, [.. parameters]);
        var rows = await InScope(reached, scope).Where(u => u.Product.LaunchedOn != null)
            .Include(u => u.Product).AsNoTracking().ToListAsync(cancellationToken);
        return rows.Select(u => new Milestone(u)).OrderBy(m => m.Days).ThenBy(m => m.Usage.Product.Name, StringComparer.Ordinal)
            .Take(first).ToList();
    }

    private static IQueryable<UsageMetric> InScope(IQueryable<UsageMetric> usage, StatsScope scope)
    {
        if (scope.Layer is { } layer)
        {
            usage = usage.Where(u => u.Product.Layer == layer);
        }
        if (scope.CategorySlugs is { Count: > 0 } slugs)
        {
            usage = usage.Where(u => u.Product.Categories.Any(c => slugs.Contains(c.Category.Slug)));
        }
        return usage;
    }

    private static List<NpgsqlParameter> MetricParameters(UsageMetricKind metric, DateOnly? asOf)
    {
        var parameters = new List<NpgsqlParameter> { new("metric", ConstantCase.Name(metric)) };
        if (asOf is { } day)
        {
            parameters.Add(new NpgsqlParameter("as_of", day));
        }
        return parameters;
    }
}
