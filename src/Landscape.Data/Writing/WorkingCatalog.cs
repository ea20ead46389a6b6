using Landscape.Data.Entities;
using Landscape.Data.Validation;
using Microsoft.EntityFrameworkCore;

namespace Landscape.Data.Writing;

/// <summary>
/// The catalog a seed folder or an import document is applied to, held in memory: the stored
/// entries (none for `seed validate`) and those the document adds. Every entry kind is known by
/// its identity (a slug, a URL, a round's or usage fact's key); the first entry with an identity
/// owns it, and a later one with the same identity is a duplicate.
/// </summary>
public sealed class WorkingCatalog : ICatalogLookup
{
    private readonly Dictionary<Type, Dictionary<object, IEntity>> _owners = [];
    private readonly HashSet<IEntity> _claimed = new(ReferenceEqualityComparer.Instance);
    private readonly List<Product> _products = [];
    private readonly List<Model> _models = [];
    private readonly List<FundingRound> _rounds = [];

    /// <summary>The stored catalog, tracked for change (archived entries too: documents may refer to them).</summary>
    public static async Task<WorkingCatalog> LoadAsync(LandscapeDbContext db, CancellationToken cancellationToken)
    {
        var catalog = new WorkingCatalog();
        catalog.AddRange(await db.Sources.ToListAsync(cancellationToken));
        catalog.AddRange(await db.Categories.ToListAsync(cancellationToken));
        catalog.AddRange(await db.Organizations.IgnoreQueryFilters().ToListAsync(cancellationToken));
        catalog.AddRange(await db.Models.IgnoreQueryFilters().Include(m => m.DerivedFrom).ToListAsync(cancellationToken));
        catalog.AddRange(await db.Products.IgnoreQueryFilters().Include(p => p.Categories).Include(p => p.Models)
            .AsSplitQuery().ToListAsync(cancellationToken));
        catalog.AddRange(await db.FundingRounds.IgnoreQueryFilters().Include(r => r.Investors).ToListAsync(cancellationToken));
        catalog.AddRange(await db.UsageMetrics.IgnoreQueryFilters().ToListAsync(cancellationToken));
        return catalog;
    }

    /// <summary>
    /// The entry a document's entry writes to: the stored or earlier-added one with <paramref name="identity"/>
    /// the first time, a fresh one (from <paramref name="create"/>) otherwise. <paramref name="isNew"/> says which.
    /// </summary>
    public T Claim<T>(object? identity, Func<T> create, out bool isNew) where T : class, IEntity
    {
        if (identity is not null && Owners<T>().TryGetValue(identity, out var owner) && _claimed.Add(owner))
        {
            isNew = false;
            return (T)owner;
        }
        var entry = create();
        _claimed.Add(entry);
        isNew = true;
        if (identity is not null)
        {
            Add(entry, identity);
        }
        return entry;
    }

    /// <summary>Registers an entry the document wrote (its identity is known only once its fields are applied).</summary>
    public void Add<T>(T entry) where T : class, IEntity => Add(entry, IdentityOf(entry));

    public Task<Found<T>> FindAsync<T>(string key, CancellationToken cancellationToken) where T : class, IEntity =>
        Task.FromResult(Owners<T>().TryGetValue(key, out var entry)
            ? new Found<T>((T)entry)
            : new Found<T>(null, ErrorCodes.UnknownReference, typeof(T) == typeof(Source)
                ? $"No source with the URL {key} is listed (add it to a `sources` list)."
                : $"No {ConstantCase.Convert(typeof(T).Name).ToLowerInvariant().Replace('_', ' ')} with slug '{key}'."));

    public Task<bool> IsTakenAsync<T>(T entry, CancellationToken cancellationToken) where T : class, IEntity =>
        Task.FromResult(IdentityOf(entry) is { } identity && Owners<T>().TryGetValue(identity, out var owner) && !ReferenceEquals(owner, entry));

    public Task<bool> DescendsFromAsync(Model model, Model ancestor, CancellationToken cancellationToken)
    {
        var seen = new HashSet<Model>(ReferenceEqualityComparer.Instance);
        var pending = new Stack<Model>([model]);
        while (pending.TryPop(out var next))
        {
            if (ReferenceEquals(next, ancestor))
            {
                return Task.FromResult(true);
            }
            foreach (var edge in next.DerivedFrom.Where(e => e.DerivedFrom is not null && seen.Add(e.DerivedFrom)))
            {
                pending.Push(edge.DerivedFrom);
            }
        }
        return Task.FromResult(false);
    }

    public Task<DateOnly?> EarliestFactAsync(Organization organization, CancellationToken cancellationToken) =>
        Task.FromResult(_products.Where(p => ReferenceEquals(p.Organization, organization)).Select(p => p.LaunchedOn)
            .Concat(_models.Where(m => ReferenceEquals(m.Organization, organization)).Select(m => m.ReleasedOn))
            .Concat(_rounds.Where(r => ReferenceEquals(r.Organization, organization)).Select(r => (DateOnly?)r.AnnouncedOn))
            .Min());

    private void AddRange<T>(IEnumerable<T> entries) where T : class, IEntity
    {
        foreach (var entry in entries)
        {
            Add(entry);
        }
    }

    private void Add<T>(T entry, object? identity) where T : class, IEntity
    {
        if (identity is not null)
        {
            Owners<T>().TryAdd(identity, entry);
        }
        switch (entry)
        {
            case Product product: _products.Add(product); break;
            case Model model: _models.Add(model); break;
            case FundingRound round: _rounds.Add(round); break;
        }
    }

    private Dictionary<object, IEntity> Owners<T>()
    {
        if (!_owners.TryGetValue(typeof(T), out var owners))
        {
            _owners[typeof(T)] = owners = [];
        }
        return owners;
    }

    /// <summary>What makes an entry the one it is; two entries of a kind with the same identity are the same entry written twice.</summary>
    public static object? IdentityOf(IEntity entry) => entry switch
    {
        Organization o => o.Slug,
        Product p => p.Slug,
        Model m => m.Slug,
        Category c => c.Slug,
        Source s => s.Url,
        FundingRound r => (OrganizationOf(r), r.RoundType, r.AnnouncedOn),
        UsageMetric u => (ProductOf(u), u.Metric, u.AsOf, SourceOf(u)),
        _ => null,
    };

    // A stored fact's navigation is fixed up by EF; a new one's is set by its writer. Either names the owner.
    private static object OrganizationOf(FundingRound r) => (object?)r.Organization ?? r.OrganizationId;

    private static object ProductOf(UsageMetric u) => (object?)u.Product ?? u.ProductId;

    private static object SourceOf(UsageMetric u) => (object?)u.Source ?? u.SourceId;
}
