using Landscape.Data.Entities;
using Microsoft.EntityFrameworkCore;
using YamlDotNet.Core.Events;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.EventEmitters;
using YamlDotNet.Serialization.NamingConventions;

namespace Landscape.Data.Seed;

/// <summary>
/// Writes the database back out in the seed format, one file per kind of entry. Everything the
/// importer reads is written, and in a stable order (by slug, URL or date), so exporting the
/// same data twice gives the same bytes and a diff between two exports shows only real changes.
/// </summary>
public sealed class SeedExporter(LandscapeDbContext db)
{
    public const string SourcesFile = "sources.yml";
    public const string CategoriesFile = "categories.yml";
    public const string OrganizationsFile = "organizations.yml";
    public const string ModelsFile = "models.yml";
    public const string ProductsFile = "products.yml";

    public static readonly IReadOnlyList<string> FileNames =
        [SourcesFile, CategoriesFile, OrganizationsFile, ModelsFile, ProductsFile];

    private const string Header = "# Written by `Landscape.Api export`: the database in the seed format (see seed/README.md).\n";

    // Nulls, false, zero and empty lists are what the reader assumes when a key is missing, so
    // leaving them out loses nothing and keeps the files as short as hand-written ones.
    private static readonly ISerializer Serializer = new SerializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .ConfigureDefaultValuesHandling(
            DefaultValuesHandling.OmitNull | DefaultValuesHandling.OmitDefaults | DefaultValuesHandling.OmitEmptyCollections)
        .WithAttributeOverride<SeedEntry>(e => e.File, new YamlIgnoreAttribute())
        .WithAttributeOverride<SeedEntry>(e => e.Line, new YamlIgnoreAttribute())
        .WithQuotingNecessaryStrings()
        .WithIndentedSequences()
        .WithEventEmitter(next => new FlowSlugListEmitter(next))
        .Build();

    /// <summary>The catalog as seed files, by file name.</summary>
    public async Task<IReadOnlyDictionary<string, SeedFile>> ExportAsync(CancellationToken cancellationToken)
    {
        // Archived entries too: live ones may still refer to them (a round's investor, a product's
        // maker), and the seed format has no archive mark to leave them out by.
        var sources = await db.Sources.AsNoTracking().ToListAsync(cancellationToken);
        var categories = await db.Categories.AsNoTracking().ToListAsync(cancellationToken);
        var organizations = await db.Organizations.AsNoTracking().IgnoreQueryFilters()
            .Include(o => o.FundingRounds).ThenInclude(r => r.Investors)
            .AsSplitQuery().ToListAsync(cancellationToken);
        var models = await db.Models.AsNoTracking().IgnoreQueryFilters()
            .Include(m => m.DerivedFrom).AsSplitQuery().ToListAsync(cancellationToken);
        var products = await db.Products.AsNoTracking().IgnoreQueryFilters()
            .Include(p => p.Categories).Include(p => p.Models).Include(p => p.UsageMetrics)
            .AsSplitQuery().ToListAsync(cancellationToken);

        var urls = sources.ToDictionary(s => s.Id, s => s.Url);
        var categorySlugs = categories.ToDictionary(c => c.Id, c => c.Slug);
        var organizationSlugs = organizations.ToDictionary(o => o.Id, o => o.Slug);
        var modelSlugs = models.ToDictionary(m => m.Id, m => m.Slug);

        return new Dictionary<string, SeedFile>
        {
            [SourcesFile] = new()
            {
                Sources = [.. sources.OrderBy(s => s.Url, StringComparer.Ordinal).Select(ToSeed)],
            },
            [CategoriesFile] = new()
            {
                Categories = [.. categories
                    .OrderBy(c => c.Layer).ThenBy(c => c.SortOrder).ThenBy(c => c.Slug, StringComparer.Ordinal)
                    .Select(c => ToSeed(c, categorySlugs))],
            },
            [OrganizationsFile] = new()
            {
                Organizations = [.. organizations.OrderBy(o => o.Slug, StringComparer.Ordinal)
                    .Select(o => ToSeed(o, organizationSlugs, urls))],
            },
            [ModelsFile] = new()
            {
                Models = [.. models.OrderBy(m => m.Slug, StringComparer.Ordinal)
                    .Select(m => ToSeed(m, organizationSlugs, modelSlugs, urls))],
            },
            [ProductsFile] = new()
            {
                Products = [.. products.OrderBy(p => p.Slug, StringComparer.Ordinal)
                    .Select(p => ToSeed(p, organizationSlugs, categorySlugs, modelSlugs, urls))],
            },
        };
    }

    /// <summary>
    /// Exports into <paramref name="directory"/> (created if missing) and returns the paths written.
    /// The folder must hold no other seed files (<see cref="OtherSeedFiles"/>).
    /// </summary>
    public async Task<IReadOnlyList<string>> WriteAsync(string directory, CancellationToken cancellationToken)
    {
        if (OtherSeedFiles(directory) is { Count: > 0 } others)
        {
            throw new InvalidOperationException($"{directory} already holds other seed files: {string.Join(", ", others)}.");
        }
        Directory.CreateDirectory(directory);
        var written = new List<string>();
        foreach (var (name, file) in await ExportAsync(cancellationToken))
        {
            var path = Path.Combine(directory, name);
            await File.WriteAllTextAsync(path, Serialize(file), cancellationToken);
            written.Add(path);
        }
        return written;
    }

    /// <summary>
    /// The YAML files in <paramref name="directory"/> an export would not overwrite: read together
    /// with the export they would define every entry twice, so an export needs a folder without them.
    /// </summary>
    public static IReadOnlyList<string> OtherSeedFiles(string directory) =>
        !Directory.Exists(directory)
            ? []
            : [.. Directory.EnumerateFiles(directory, "*.*", SearchOption.AllDirectories)
                .Where(IsYaml)
                .Select(f => Path.GetRelativePath(directory, f).Replace('\\', '/'))
                .Where(f => !FileNames.Contains(f))
                .Order(StringComparer.Ordinal)];

    /// <summary>One seed file as YAML text, with "\n" line ends on every platform.</summary>
    public static string Serialize(SeedFile file) => Header + Serializer.Serialize(file).ReplaceLineEndings("\n");

    private static bool IsYaml(string path) =>
        path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase);

    private static SeedSource ToSeed(Source s) => SeedColumns.ToSeed<SeedSource, Source>(s);

    private static SeedCategory ToSeed(Category c, Dictionary<int, string> categorySlugs)
    {
        var seed = SeedColumns.ToSeed<SeedCategory, Category>(c);
        seed.Parent = c.ParentId is { } parent ? categorySlugs[parent] : null;
        return seed;
    }

    private static SeedOrganization ToSeed(Organization o, Dictionary<int, string> organizationSlugs, Dictionary<int, string> urls)
    {
        var seed = SeedColumns.ToSeed<SeedOrganization, Organization>(o);
        seed.FundingRounds = [.. o.FundingRounds.OrderBy(r => r.AnnouncedOn).ThenBy(r => r.RoundType).Select(r =>
        {
            var round = SeedColumns.ToSeed<SeedFundingRound, FundingRound>(r);
            // Leads first, as rounds are usually reported.
            round.Investors = [.. r.Investors.OrderByDescending(i => i.IsLead).ThenBy(i => organizationSlugs[i.InvestorId], StringComparer.Ordinal)
                .Select(i => new SeedInvestor { Organization = organizationSlugs[i.InvestorId], Lead = i.IsLead })];
            round.Source = urls[r.SourceId];
            return round;
        })];
        return seed;
    }

    private static SeedModel ToSeed(Model m, Dictionary<int, string> organizationSlugs, Dictionary<int, string> modelSlugs,
        Dictionary<int, string> urls)
    {
        var seed = SeedColumns.ToSeed<SeedModel, Model>(m);
        seed.Organization = m.OrganizationId is { } organization ? organizationSlugs[organization] : null;
        seed.Source = m.SourceId is { } source ? urls[source] : null;
        seed.DerivedFrom = [.. m.DerivedFrom.OrderBy(e => modelSlugs[e.DerivedFromId], StringComparer.Ordinal)
            .Select(e => new SeedLineage
            {
                Model = modelSlugs[e.DerivedFromId], Relation = ConstantCase.Name(e.Relation), Source = e.SourceId is { } source ? urls[source] : null,
            })];
        return seed;
    }

    private static SeedProduct ToSeed(Product p, Dictionary<int, string> organizationSlugs, Dictionary<int, string> categorySlugs,
        Dictionary<int, string> modelSlugs, Dictionary<int, string> urls)
    {
        var seed = SeedColumns.ToSeed<SeedProduct, Product>(p);
        seed.Organization = p.OrganizationId is { } organization ? organizationSlugs[organization] : null;
        seed.Categories = [.. p.Categories.Select(c => categorySlugs[c.CategoryId]).Order(StringComparer.Ordinal)];
        seed.BuiltOn = [.. p.Models.Select(m => modelSlugs[m.ModelId]).Order(StringComparer.Ordinal)];
        seed.LaunchSource = p.LaunchSourceId is { } launch ? urls[launch] : null;
        seed.Usage = [.. p.UsageMetrics
            .OrderBy(u => u.Metric).ThenBy(u => u.AsOf).ThenBy(u => urls[u.SourceId], StringComparer.Ordinal)
            .Select(u =>
            {
                var usage = SeedColumns.ToSeed<SeedUsage, UsageMetric>(u);
                usage.Source = urls[u.SourceId];
                return usage;
            })];
        return seed;
    }

    /// <summary>Writes lists of slugs on one line (`categories: [a, b]`), the way the hand-written files do.</summary>
    private sealed class FlowSlugListEmitter(IEventEmitter next) : ChainedEventEmitter(next)
    {
        public override void Emit(SequenceStartEventInfo eventInfo, YamlDotNet.Core.IEmitter emitter)
        {
            if (eventInfo.Source.Type == typeof(List<string>))
            {
                eventInfo.Style = SequenceStyle.Flow;
            }
            base.Emit(eventInfo, emitter);
        }
    }
}
