using Landscape.Data;
using Landscape.Data.Entities;
using Landscape.Data.Validation;
using Landscape.Data.Writing;
using Microsoft.EntityFrameworkCore;

namespace Landscape.Api.Graph.Mutations;

/// <summary>
/// The stored catalog as a mutation sees it: references are global ids (categories by slug,
/// sources by URL), entries are live (an archived one is not found) and tracked for change.
/// </summary>
public sealed class DatabaseCatalog(LandscapeDbContext db) : ICatalogLookup
{
    private ILookup<int, int>? _children;

    public async Task<Found<T>> FindAsync<T>(string key, CancellationToken cancellationToken) where T : class, IEntity
    {
        if (typeof(T) == typeof(Category))
        {
            return await db.Categories.FirstOrDefaultAsync(c => c.Slug == key, cancellationToken) is { } category
                ? new Found<T>((T)(object)category)
                : new Found<T>(null, ErrorCodes.UnknownReference, $"No category with slug '{key}'.");
        }
        if (typeof(T) == typeof(Source))
        {
            return await db.Sources.FirstOrDefaultAsync(s => s.Url == key, cancellationToken) is { } source
                ? new Found<T>((T)(object)source)
                : new Found<T>(null, ErrorCodes.UnknownReference, $"No source with the URL {key}; give its title (and publisher) to add it.");
        }
        var type = typeof(T).Name;
        if (!GlobalId.TryDecode(key, out var actualType, out var id) || actualType != type)
        {
            return new Found<T>(null, ApiErrorCodes.InvalidId, $"Not the id of a {type}.");
        }
        return await db.Set<T>().FirstOrDefaultAsync(e => e.Id == id, cancellationToken) is { } entry
            ? new Found<T>(entry)
            : new Found<T>(null, ErrorCodes.NotFound, $"No {type} with this id (it may have been archived or removed).");
    }

    public async Task<bool> IsTakenAsync<T>(T entry, CancellationToken cancellationToken) where T : class, IEntity => entry switch
    {
        Organization o => await db.Organizations.IgnoreQueryFilters().AnyAsync(x => x.Slug == o.Slug && x.Id != o.Id, cancellationToken),
        Product p => await db.Products.IgnoreQueryFilters().AnyAsync(x => x.Slug == p.Slug && x.Id != p.Id, cancellationToken),
        Model m => await db.Models.IgnoreQueryFilters().AnyAsync(x => x.Slug == m.Slug && x.Id != m.Id, cancellationToken),
        Category c => await db.Categories.AnyAsync(x => x.Slug == c.Slug && x.Id != c.Id, cancellationToken),
        Source s => await db.Sources.AnyAsync(x => x.Url == s.Url && x.Id != s.Id, cancellationToken),
        FundingRound r => r.Organization is { Id: > 0 } owner && await db.FundingRounds.IgnoreQueryFilters().AnyAsync(x =>
            x.Id != r.Id && x.OrganizationId == owner.Id && x.RoundType == r.RoundType && x.AnnouncedOn == r.AnnouncedOn, cancellationToken),
        UsageMetric u => u.Product is { Id: > 0 } product && u.Source is { Id: > 0 } source && await db.UsageMetrics.IgnoreQueryFilters().AnyAsync(x =>
            x.Id != u.Id && x.ProductId == product.Id && x.Metric == u.Metric && x.AsOf == u.AsOf && x.SourceId == source.Id, cancellationToken),
        _ => false,
    };

    public async Task<bool> DescendsFromAsync(Model model, Model ancestor, CancellationToken cancellationToken)
    {
        if (ReferenceEquals(model, ancestor) || (model.Id != 0 && model.Id == ancestor.Id))
        {
            return true;
        }
        if (ancestor.Id == 0 || model.Id == 0)
        {
            return false;
        }
        // Read once per write: a model's lineage is checked edge by edge. Archived models keep their
        // edges, and a cycle through one is still a cycle.
        var children = _children ??= (await db.ModelLineage.IgnoreQueryFilters()
            .Select(l => new { l.ModelId, l.DerivedFromId }).ToListAsync(cancellationToken))
            .ToLookup(e => e.DerivedFromId, e => e.ModelId);
        var seen = new HashSet<int>();
        var pending = new Queue<int>([ancestor.Id]);
        while (pending.TryDequeue(out var id))
        {
            foreach (var child in children[id].Where(seen.Add))
            {
                if (child == model.Id)
                {
                    return true;
                }
                pending.Enqueue(child);
            }
        }
        return false;
    }

    public async Task<DateOnly?> EarliestFactAsync(Organization organization, CancellationToken cancellationToken)
    {
        var launched = await db.Products.Where(p => p.OrganizationId == organization.Id).MinAsync(p => p.LaunchedOn, cancellationToken);
        var released = await db.Models.Where(m => m.OrganizationId == organization.Id).MinAsync(m => m.ReleasedOn, cancellationToken);
        var raised = await db.FundingRounds.Where(r => r.OrganizationId == organization.Id).MinAsync(r => (DateOnly?)r.AnnouncedOn, cancellationToken);
        return new[] { launched, released, raised }.Min();
    }
}
