using Landscape.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Landscape.Data.Seed;

/// <summary>
/// Writes a validated seed catalog into the database: entries are matched by slug (sources by
/// URL, rounds by organization, type and date, usage facts by product, metric, date and
/// source), created when new, updated when different, left alone when equal. The caller owns
/// the transaction, so a failure loads nothing.
/// </summary>
public sealed class SeedImporter(LandscapeDbContext db)
{
    private readonly HashSet<object> _created = new(ReferenceEqualityComparer.Instance);
    private readonly SeedMapper _mapper = new([]);
    private SeedReport _report = new();

    public async Task<SeedReport> ImportAsync(SeedCatalog catalog, CancellationToken cancellationToken)
    {
        _report = new SeedReport();
        var sources = await ImportSourcesAsync(catalog, cancellationToken);
        var categories = await ImportCategoriesAsync(catalog, cancellationToken);
        var organizations = await ImportOrganizationsAsync(catalog, cancellationToken);
        var models = await ImportModelsAsync(catalog, organizations, sources, cancellationToken);
        var products = await ImportProductsAsync(catalog, organizations, categories, models, cancellationToken);
        await ImportFundingRoundsAsync(catalog, organizations, sources, cancellationToken);
        await ImportUsageAsync(catalog, products, sources, cancellationToken);
        return _report;
    }

    private async Task<Dictionary<string, Source>> ImportSourcesAsync(SeedCatalog catalog, CancellationToken ct)
    {
        var existing = await db.Sources.ToDictionaryAsync(s => s.Url, ct);
        var count = _report.Counts["sources"];
        foreach (var seed in catalog.Sources.DistinctBy(s => s.Url))
        {
            var fields = _mapper.Map(seed);
            if (!existing.TryGetValue(seed.Url!, out var source))
            {
                source = new Source { Url = seed.Url!, Title = seed.Title! };
                db.Sources.Add(source);
                existing[source.Url] = source;
            }
            source.Title = seed.Title!;
            source.Publisher = seed.Publisher;
            source.PublishedOn = fields.PublishedOn;
            source.RetrievedOn = fields.RetrievedOn;
            Count(db.Entry(source).State, count);
        }
        await db.SaveChangesAsync(ct);
        return existing;
    }

    private async Task<Dictionary<string, Category>> ImportCategoriesAsync(SeedCatalog catalog, CancellationToken ct)
    {
        var existing = await db.Categories.ToDictionaryAsync(c => c.Slug, ct);
        foreach (var seed in catalog.Categories)
        {
            var category = Match(existing, seed.Slug!, () => new Category { Slug = seed.Slug!, Name = seed.Name! });
            category.Name = seed.Name!;
            category.Layer = _mapper.Map(seed).Layer!.Value;
            category.Description = seed.Description;
            category.SortOrder = seed.SortOrder;
        }
        // Parents refer to categories that may be new in this load, so they are set once all exist.
        await db.SaveChangesAsync(ct);
        foreach (var seed in catalog.Categories)
        {
            existing[seed.Slug!].ParentId = seed.Parent is null ? null : existing[seed.Parent].Id;
        }
        await FinishAsync("categories", catalog.Categories.Select(c => (IVersioned)existing[c.Slug!]), ct);
        return existing;
    }

    private async Task<Dictionary<string, Organization>> ImportOrganizationsAsync(SeedCatalog catalog, CancellationToken ct)
    {
        var existing = await db.Organizations.IgnoreQueryFilters().ToDictionaryAsync(o => o.Slug, ct);
        foreach (var seed in catalog.Organizations)
        {
            var fields = _mapper.Map(seed);
            var organization = Match(existing, seed.Slug!, () => new Organization { Slug = seed.Slug!, Name = seed.Name! });
            organization.Name = seed.Name!;
            organization.Kind = fields.Kind!.Value;
            organization.FoundedYear = seed.FoundedYear;
            organization.HqCountry = seed.HqCountry;
            organization.HqCity = seed.HqCity;
            organization.WebsiteUrl = seed.WebsiteUrl;
            organization.LogoUrl = seed.LogoUrl;
            organization.Description = seed.Description;
        }
        await FinishAsync("organizations", catalog.Organizations.Select(o => (IVersioned)existing[o.Slug!]), ct);
        return existing;
    }

    private async Task<Dictionary<string, Model>> ImportModelsAsync(SeedCatalog catalog,
        Dictionary<string, Organization> organizations, Dictionary<string, Source> sources, CancellationToken ct)
    {
        var existing = await db.Models.IgnoreQueryFilters().ToDictionaryAsync(m => m.Slug, ct);
        foreach (var seed in catalog.Models)
        {
            var fields = _mapper.Map(seed);
            var model = Match(existing, seed.Slug!, () => new Model { Slug = seed.Slug!, Name = seed.Name! });
            model.Name = seed.Name!;
            model.Organization = seed.Organization is null ? null : organizations[seed.Organization];
            model.ReleasedOn = fields.ReleasedOn;
            model.Modality = fields.Modality!.Value;
            model.Parameters = seed.Parameters;
            model.TrainingTokens = seed.TrainingTokens;
            model.ContextWindow = seed.ContextWindow;
            model.OpenWeights = seed.OpenWeights;
            model.License = seed.License;
            model.Description = seed.Description;
            model.TrainingGpus = seed.TrainingGpus;
            model.TrainingGpuType = seed.TrainingGpuType;
            model.TrainingDays = seed.TrainingDays;
            model.TrainingCostUsd = seed.TrainingCostUsd;
            model.Source = seed.Source is null ? null : sources[seed.Source];
        }
        await FinishAsync("models", catalog.Models.Select(m => (IVersioned)existing[m.Slug!]), ct);

        // Lineage edges: the seed states each model's complete set of parents.
        var edges = await db.ModelLineage.ToDictionaryAsync(e => (e.ModelId, e.DerivedFromId), ct);
        var count = _report.Counts["lineage"];
        var wanted = catalog.Models.SelectMany(m => m.DerivedFrom.Select(e =>
                (Key: (existing[m.Slug!].Id, existing[e.Model!].Id), Relation: _mapper.Map(e)!.Value)))
            .ToDictionary(w => w.Key, w => w.Relation);
        var seededChildren = catalog.Models.Select(m => existing[m.Slug!].Id).ToHashSet();
        foreach (var edge in edges.Values.Where(e => seededChildren.Contains(e.ModelId) && !wanted.ContainsKey((e.ModelId, e.DerivedFromId))))
        {
            db.ModelLineage.Remove(edge);
        }
        foreach (var ((child, parent), relation) in wanted)
        {
            if (!edges.TryGetValue((child, parent), out var edge))
            {
                edge = new ModelLineage { ModelId = child, DerivedFromId = parent, Relation = relation };
                db.ModelLineage.Add(edge);
            }
            edge.Relation = relation;
            Count(db.Entry(edge).State, count);
        }
        await db.SaveChangesAsync(ct);
        return existing;
    }

    private async Task<Dictionary<string, Product>> ImportProductsAsync(SeedCatalog catalog,
        Dictionary<string, Organization> organizations, Dictionary<string, Category> categories,
        Dictionary<string, Model> models, CancellationToken ct)
    {
        var existing = await db.Products.IgnoreQueryFilters().Include(p => p.Categories).Include(p => p.Models).AsSplitQuery().ToDictionaryAsync(p => p.Slug, ct);
        var changedLinks = new HashSet<IVersioned>();
        foreach (var seed in catalog.Products)
        {
            var fields = _mapper.Map(seed);
            var product = Match(existing, seed.Slug!, () => new Product { Slug = seed.Slug!, Name = seed.Name! });
            product.Name = seed.Name!;
            product.Organization = seed.Organization is null ? null : organizations[seed.Organization];
            product.Layer = fields.Layer!.Value;
            product.LaunchedOn = fields.LaunchedOn;
            product.DiscontinuedOn = fields.DiscontinuedOn;
            product.Status = fields.Status!.Value;
            product.HomepageUrl = seed.HomepageUrl;
            product.LogoUrl = seed.LogoUrl;
            product.OpenSource = seed.OpenSource;
            product.Description = seed.Description;
            // Categories and models were saved before products, so their ids are real.
            if (SyncLinks(product.Categories, seed.Categories.Select(s => categories[s].Id), l => l.CategoryId,
                    id => new ProductCategory { CategoryId = id })
                | SyncLinks(product.Models, seed.BuiltOn.Select(s => models[s].Id), l => l.ModelId,
                    id => new ProductModel { ModelId = id }))
            {
                changedLinks.Add(product);
            }
        }
        await FinishAsync("products", catalog.Products.Select(p => (IVersioned)existing[p.Slug!]), ct, changedLinks);
        return existing;
    }

    private async Task ImportFundingRoundsAsync(SeedCatalog catalog, Dictionary<string, Organization> organizations,
        Dictionary<string, Source> sources, CancellationToken ct)
    {
        var existing = await db.FundingRounds.Include(r => r.Investors)
            .ToDictionaryAsync(r => (r.OrganizationId, r.RoundType, r.AnnouncedOn), ct);
        var seen = new List<IVersioned>();
        var changedLinks = new HashSet<IVersioned>();
        foreach (var organization in catalog.Organizations)
        {
            var owner = organizations[organization.Slug!];
            foreach (var seed in organization.FundingRounds)
            {
                var fields = _mapper.Map(seed);
                var key = (owner.Id, fields.RoundType!.Value, fields.AnnouncedOn!.Value);
                var round = Match(existing, key, () => new FundingRound
                {
                    OrganizationId = owner.Id, RoundType = key.Item2, AnnouncedOn = key.Item3,
                });
                round.Amount = seed.Amount;
                round.Currency = seed.Currency;
                round.AmountUsd = seed.AmountUsd;
                round.PostMoneyValuationUsd = seed.PostMoneyValuationUsd;
                round.Source = sources[seed.Source!];
                round.Note = seed.Note;
                var wanted = seed.Investors.ToDictionary(i => organizations[i.Organization!].Id, i => i.Lead);
                var changed = SyncLinks(round.Investors, wanted.Keys, i => i.InvestorId,
                    id => new FundingRoundInvestor { InvestorId = id, IsLead = wanted[id] });
                foreach (var investor in round.Investors.Where(i => i.IsLead != wanted[i.InvestorId]))
                {
                    investor.IsLead = wanted[investor.InvestorId];
                    changed = true;
                }
                if (changed)
                {
                    changedLinks.Add(round);
                }
                seen.Add(round);
            }
        }
        await FinishAsync("funding_rounds", seen, ct, changedLinks);
    }

    private async Task ImportUsageAsync(SeedCatalog catalog, Dictionary<string, Product> products,
        Dictionary<string, Source> sources, CancellationToken ct)
    {
        var existing = await db.UsageMetrics.ToDictionaryAsync(u => (u.ProductId, u.Metric, u.AsOf, u.SourceId), ct);
        var seen = new List<IVersioned>();
        foreach (var product in catalog.Products)
        {
            var owner = products[product.Slug!];
            foreach (var seed in product.Usage)
            {
                var fields = _mapper.Map(seed);
                var source = sources[seed.Source!];
                var key = (owner.Id, fields.Metric!.Value, fields.AsOf!.Value, source.Id);
                var usage = Match(existing, key, () => new UsageMetric
                {
                    ProductId = owner.Id, Metric = key.Item2, AsOf = key.Item3, SourceId = source.Id,
                });
                usage.Value = seed.Value!.Value;
                usage.PeriodStart = fields.PeriodStart;
                usage.PeriodEnd = fields.PeriodEnd;
                usage.Method = fields.Method!.Value;
                usage.Note = seed.Note;
                seen.Add(usage);
            }
        }
        await FinishAsync("usage_metrics", seen, ct);
    }

    private TEntity Match<TKey, TEntity>(Dictionary<TKey, TEntity> existing, TKey key, Func<TEntity> create)
        where TKey : notnull
        where TEntity : class
    {
        if (!existing.TryGetValue(key, out var entity))
        {
            entity = create();
            db.Add(entity);
            existing[key] = entity;
            _created.Add(entity);
        }
        return entity;
    }

    /// <summary>Makes a link collection hold exactly the wanted ids; true when it changed.</summary>
    private bool SyncLinks<TLink>(List<TLink> links, IEnumerable<int> wantedIds, Func<TLink, int> idOf, Func<int, TLink> create)
        where TLink : class
    {
        var wanted = wantedIds.ToHashSet();
        var changed = false;
        foreach (var link in links.Where(l => !wanted.Contains(idOf(l))).ToList())
        {
            links.Remove(link);
            db.Remove(link);
            changed = true;
        }
        foreach (var id in wanted.Where(id => !links.Any(l => idOf(l) == id)))
        {
            links.Add(create(id));
            changed = true;
        }
        return changed;
    }

    private async Task FinishAsync(string kind, IEnumerable<IVersioned> entities, CancellationToken ct,
        HashSet<IVersioned>? changedLinks = null)
    {
        var count = _report.Counts[kind];
        foreach (var entity in entities)
        {
            var entry = db.Entry(entity);
            if (entry.State == EntityState.Unchanged && changedLinks?.Contains(entity) == true)
            {
                // A changed link is a change of the entry it belongs to: bump its version.
                entry.State = EntityState.Modified;
            }
            Count(_created.Contains(entity) ? EntityState.Added : entry.State, count);
        }
        await db.SaveChangesAsync(ct);
    }

    private static void Count(EntityState state, SeedCount count)
    {
        switch (state)
        {
            case EntityState.Added: count.Created++; break;
            case EntityState.Modified: count.Updated++; break;
            default: count.Unchanged++; break;
        }
    }
}
