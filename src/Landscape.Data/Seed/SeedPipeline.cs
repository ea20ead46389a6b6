using Landscape.Data.Entities;
using Landscape.Data.Validation;
using Landscape.Data.Writing;
using Microsoft.EntityFrameworkCore;

namespace Landscape.Data.Seed;

/// <summary>
/// The one way seed documents become catalog entries, for `seed`, `seed validate`, seeding at
/// start-up and `importCatalog`: read, map each entry to its fields, apply them through the write
/// path (the same Apply and rules as the mutations) to a <see cref="WorkingCatalog"/>, and — when
/// nothing is wrong and a database is given — save. Entries are matched by identity (slug, URL,
/// a round's organization, type and day, a usage fact's product, metric, day and source): created
/// when new, updated when different, left alone when equal.
/// </summary>
public sealed class SeedPipeline(CatalogValidators validators)
{
    /// <summary>Checks the documents on their own, with no database: every problem, with its file and line.</summary>
    public async Task<IReadOnlyList<SeedProblem>> ValidateAsync(SeedCatalog catalog, CancellationToken cancellationToken = default) =>
        (await ApplyAsync(catalog, new WorkingCatalog(), db: null, cancellationToken)).Problems;

    /// <summary>Reads a seed folder and loads it (see <see cref="LoadAsync"/>); no history is recorded for the curated data.</summary>
    public Task<SeedResult> LoadFolderAsync(string folder, LandscapeDbContext db, CancellationToken cancellationToken) =>
        LoadAsync(SeedReader.ReadDirectory(folder), db, actor: null, dryRun: false, cancellationToken);

    /// <summary>
    /// Applies the documents over the stored catalog in one <see cref="WriteTransaction"/>: all of
    /// it, or on any problem nothing (and no report). A dry run does everything, then rolls back.
    /// </summary>
    public async Task<SeedResult> LoadAsync(SeedCatalog catalog, LandscapeDbContext db, string? actor, bool dryRun, CancellationToken cancellationToken)
    {
        if (catalog.Problems.Count > 0)
        {
            // A file that does not parse would load as if its entries were gone.
            return (await ApplyAsync(catalog, new WorkingCatalog(), db: null, cancellationToken)) with { Report = null };
        }
        SeedResult? applied = null;
        var written = await new WriteTransaction(db).RunAsync(actor, async ct =>
        {
            applied = await ApplyAsync(catalog, await WorkingCatalog.LoadAsync(db, ct), db, ct);
            return (applied.Report, applied.Problems.Select(p => new WriteProblem([p.Field], p.Code, p.Message)).ToList());
        }, dryRun, cancellationToken);
        if (applied is { Problems.Count: > 0 })
        {
            return applied with { Report = null };
        }
        return written.Problems.Count == 0
            ? new SeedResult(written.Result, [])
            : new SeedResult(null, [.. written.Problems.Select(p => new SeedProblem(catalog.Name, 0, string.Join('.', p.Field), p.Code, p.Message))]);
    }

    private async Task<SeedResult> ApplyAsync(SeedCatalog catalog, WorkingCatalog working, LandscapeDbContext? db, CancellationToken cancellationToken)
    {
        var run = new Run(catalog, working, db, new WriteContext(working, validators, cancellationToken));

        var listed = new Dictionary<string, SeedSource>(StringComparer.Ordinal);
        foreach (var seed in catalog.Sources)
        {
            // The same page listed twice with the same details (in two files) is one source.
            if (seed.Url is not null && !listed.TryAdd(seed.Url, seed) && SameSource(listed[seed.Url], seed))
            {
                continue;
            }
            var source = run.Claim(seed.Url, () => new Source { Url = seed.Url ?? "", Title = "" }, "sources");
            await run.ApplyAsync(seed, seed.ToFields(run.Values), (fields, write) => source.ApplyAsync(fields, write));
        }
        var categories = catalog.Categories.Select(s => (Seed: s, Entry: run.Claim(s.Slug, () => new Category { Slug = s.Slug ?? "", Name = "" }, "categories"))).ToList();
        var organizations = catalog.Organizations.Select(s => (Seed: s, Entry: run.Claim(s.Slug, () => new Organization { Slug = s.Slug ?? "", Name = "" }, "organizations"))).ToList();
        var models = catalog.Models.Select(s => (Seed: s, Entry: run.Claim(s.Slug, () => new Model { Slug = s.Slug ?? "", Name = "" }, "models"))).ToList();
        var products = catalog.Products.Select(s => (Seed: s, Entry: run.Claim(s.Slug, () => new Product { Slug = s.Slug ?? "", Name = "" }, "products"))).ToList();

        foreach (var (seed, category) in categories)
        {
            await run.ApplyAsync(seed, seed.ToFields(run.Values), category.ApplyAsync);
        }
        foreach (var (seed, organization) in organizations)
        {
            await run.ApplyAsync(seed, seed.ToFields(run.Values), organization.ApplyAsync);
        }
        foreach (var (seed, model) in models)
        {
            await run.ApplyAsync(seed, seed.ToFields(run.Values), model.ApplyAsync);
        }
        // Lineage once every model exists, so an edge may name a model further down.
        foreach (var (seed, model) in models)
        {
            await run.ApplyAsync(seed, seed.LineageFields(run.Values), model.ApplyLineageAsync);
            run.Count("lineage", model.DerivedFrom);
        }
        foreach (var (seed, product) in products)
        {
            await run.ApplyAsync(seed, seed.ToFields(run.Values), product.ApplyAsync);
        }
        foreach (var (seed, organization) in organizations)
        {
            foreach (var round in seed.FundingRounds)
            {
                var fields = round.ToFields(run.Values);
                // The identity WorkingCatalog.IdentityOf gives the round once applied.
                var entry = run.Claim(((object)organization, fields.RoundType.Or(default), fields.AnnouncedOn.Or(null) ?? default),
                    () => new FundingRound { Organization = organization }, "funding_rounds");
                await run.ApplyAsync(round, fields, entry.ApplyAsync);
            }
        }
        foreach (var (seed, product) in products)
        {
            foreach (var usage in seed.Usage)
            {
                var fields = usage.ToFields(run.Values);
                var source = fields.Source.Or(null)?.Url.Or(null) is { } url ? (await working.FindAsync<Source>(url, cancellationToken)).Entry : null;
                var entry = run.Claim(((object)product, fields.Metric.Or(default), fields.AsOf.Or(null) ?? default, (object?)source ?? 0),
                    () => new UsageMetric { Product = product }, "usage_metrics");
                await run.ApplyAsync(usage, fields, entry.ApplyAsync);
            }
        }
        return run.Finish();
    }

    private static bool SameSource(SeedSource a, SeedSource b) =>
        a.Title == b.Title && a.Publisher == b.Publisher && a.PublishedOn == b.PublishedOn && a.RetrievedOn == b.RetrievedOn;

    /// <summary>One application of a catalog: its problems, with file and line, and the entries it wrote by kind.</summary>
    private sealed class Run(SeedCatalog catalog, WorkingCatalog working, LandscapeDbContext? db, WriteContext write)
    {
        private readonly List<SeedProblem> _problems = [.. catalog.Problems];
        private readonly Dictionary<string, List<object>> _written = SeedReport.Kinds.ToDictionary(k => k, _ => new List<object>());

        public SeedValues Values { get; } = new();

        public T Claim<T>(object? identity, Func<T> create, string kind) where T : class, IEntity
        {
            var entry = working.Claim(identity, create, out var isNew);
            if (isNew)
            {
                db?.Add(entry);
            }
            _written[kind].Add(entry);
            return entry;
        }

        public void Count(string kind, IEnumerable<object> entries) => _written[kind].AddRange(entries);

        /// <summary>Applies one entry's fields; its problems are reported at the entry's file and line (a nested entry's, for investors and lineage edges).</summary>
        public async Task ApplyAsync<TFields>(SeedEntry seed, TFields fields, Func<TFields, WriteContext, Task> apply)
        {
            var mapping = Values.TakeProblems();
            _problems.AddRange(mapping);
            var from = write.Problems.Count;
            await apply(fields, write);
            foreach (var problem in write.Problems.Skip(from))
            {
                var (at, field) = Locate(seed, problem.Field);
                // A value that did not parse was reported by the mapping; the write saw it as missing.
                if (!mapping.Any(m => m.Line == at.Line && m.Field == field))
                {
                    _problems.Add(new SeedProblem(at.File, at.Line, field, problem.Code, problem.Message));
                }
            }
        }

        public SeedResult Finish()
        {
            var problems = _problems.OrderBy(p => p.File, StringComparer.Ordinal).ThenBy(p => p.Line).ToList();
            if (problems.Count > 0 || db is null)
            {
                return new SeedResult(null, problems);
            }
            db.ChangeTracker.DetectChanges();
            var report = new SeedReport();
            foreach (var (kind, entries) in _written)
            {
                var count = report.Counts[kind];
                foreach (var entry in entries.Distinct(ReferenceEqualityComparer.Instance))
                {
                    switch (db.Entry(entry!).State)
                    {
                        case EntityState.Added: count.Created++; break;
                        case EntityState.Modified: count.Updated++; break;
                        default: count.Unchanged++; break;
                    }
                }
            }
            return new SeedResult(report, problems);
        }

        private static (SeedEntry At, string Field) Locate(SeedEntry seed, IReadOnlyList<string> path)
        {
            if (path.Count >= 3 && int.TryParse(path[1], out var index))
            {
                SeedEntry? nested = (seed, path[0]) switch
                {
                    (SeedFundingRound round, nameof(FundingRoundFields.Investors)) when index < round.Investors.Count => round.Investors[index],
                    (SeedModel model, nameof(ModelFields.DerivedFrom)) when index < model.DerivedFrom.Count => model.DerivedFrom[index],
                    _ => null,
                };
                if (nested is not null)
                {
                    return (nested, FieldNames.ToSnakeCase(path[2]));
                }
            }
            return (seed, path.Count == 0 ? "" : FieldNames.ToSnakeCase(path[0]));
        }
    }
}

/// <summary>What applying seed documents did (null when a problem stopped it), and every problem found.</summary>
public sealed record SeedResult(SeedReport? Report, IReadOnlyList<SeedProblem> Problems);
