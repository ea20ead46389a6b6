using GraphQL.Types;
using Landscape.Data;
using Landscape.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Landscape.Api.Graph.Health;

/// <summary>`catalogHealth`: grade shares, unsourced dates and edges, stale large products.</summary>
public sealed class HealthQueries : IQueryFields
{
    /// <summary>How many products count as the largest, by funding and by monthly users each.</summary>
    public const int LargestProducts = 30;

    public void Register(ObjectGraphType query) =>
        query.Field<NonNullGraphType<CatalogHealthGraphType>>("catalogHealth")
            .Description("How well the catalog's facts are sourced and how fresh its largest products are.")
            .ResolveAsync(async c => await c.ReadAsync(db => ReadAsync(db, c.CancellationToken)));

    private static async Task<CatalogHealth> ReadAsync(LandscapeDbContext db, CancellationToken ct)
    {
        var sources = await db.Sources.GroupBy(s => s.Grade).Select(g => new GradeCount(g.Key, g.Count())).ToListAsync(ct);
        var rounds = await db.FundingRounds.GroupBy(r => r.Source.Grade).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var usage = await db.UsageMetrics.GroupBy(u => u.Source.Grade).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var facts = rounds.Concat(usage).GroupBy(x => x.Key).Select(g => new GradeCount(g.Key, g.Sum(x => x.Count)));
        var newest = await db.UsageMetrics.MaxAsync(u => (DateOnly?)u.AsOf, ct);
        var largest = await db.Products.OrderByDescending(p => p.OrganizationFundingUsd).Take(LargestProducts).Select(p => p.Id)
            .Union(db.Products.Where(p => p.LatestMau != null).OrderByDescending(p => p.LatestMau).Take(LargestProducts).Select(p => p.Id))
            .ToListAsync(ct);
        var staleBefore = newest?.AddYears(-1);
        var stale = await db.Products.Where(p => largest.Contains(p.Id))
            .Select(p => new StaleProduct(p.Slug, p.Name, p.UsageMetrics.Max(u => (DateOnly?)u.AsOf)))
            .ToListAsync(ct);
        return new CatalogHealth(
            [.. sources.OrderBy(g => g.Grade)],
            [.. facts.OrderBy(g => g.Grade)],
            await db.Products.CountAsync(p => p.LaunchedOn != null && p.LaunchSourceId == null, ct),
            await db.Models.CountAsync(m => m.ReleasedOn != null && m.SourceId == null, ct),
            await db.ModelLineage.CountAsync(l => l.SourceId == null, ct),
            newest,
            [.. stale.Where(p => p.LatestUsageAsOf is null || p.LatestUsageAsOf < staleBefore).OrderBy(p => p.LatestUsageAsOf).ThenBy(p => p.Slug, StringComparer.Ordinal)]);
    }
}
