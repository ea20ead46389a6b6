using System.Globalization;
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

    private static SeedSource ToSeed(Source s) => new()
    {
        Url = s.Url,
        Title = s.Title,
        Publisher = s.Publisher,
        PublishedOn = Date(s.PublishedOn),
        RetrievedOn = Date(s.RetrievedOn),
    };

    private static SeedCategory ToSeed(Category c, Dictionary<int, string> categorySlugs) => new()
    {
        Slug = c.Slug,
        Name = c.Name,
        Layer = ConstantCase.Name(c.Layer),
        Parent = c.ParentId is { } parent ? categorySlugs[parent] : null,
        SortOrder = c.SortOrder,
        Description = c.Description,
    };

    private static SeedOrganization ToSeed(Organization o, Dictionary<int, string> organizationSlugs, Dictionary<int, string> urls) => new()
    {
        Slug = o.Slug,
        Name = o.Name,
        Kind = ConstantCase.Name(o.Kind),
        FoundedYear = o.FoundedYear,
        HqCountry = o.HqCountry,
        HqCity = o.HqCity,
        WebsiteUrl = o.WebsiteUrl,
        LogoUrl = o.LogoUrl,
        Description = o.Description,
        FundingRounds = [.. o.FundingRounds.OrderBy(r => r.AnnouncedOn).ThenBy(r => r.RoundType).Select(r => new SeedFundingRound
        {
            AnnouncedOn = Date(r.AnnouncedOn),
            RoundType = ConstantCase.Name(r.RoundType),
            Amount = Trim(r.Amount),
            Currency = r.Currency,
            AmountUsd = Trim(r.AmountUsd),
            PostMoneyValuationUsd = Trim(r.PostMoneyValuationUsd),
            // Leads first, as rounds are usually reported.
            Investors = [.. r.Investors.OrderByDescending(i => i.IsLead).ThenBy(i => organizationSlugs[i.InvestorId], StringComparer.Ordinal)
                .Select(i => new SeedInvestor { Organization = organizationSlugs[i.InvestorId], Lead = i.IsLead })],
            Source = urls[r.SourceId],
            Note = r.Note,
        })],
    };

    private static SeedModel ToSeed(Model m, Dictionary<int, string> organizationSlugs, Dictionary<int, string> modelSlugs,
        Dictionary<int, string> urls) => new()
    {
        Slug = m.Slug,
        Name = m.Name,
        Organization = m.OrganizationId is { } organization ? organizationSlugs[organization] : null,
        ReleasedOn = Date(m.ReleasedOn),
        Modality = ConstantCase.Name(m.Modality),
        Parameters = m.Parameters,
        TrainingTokens = m.TrainingTokens,
        ContextWindow = m.ContextWindow,
        OpenWeights = m.OpenWeights,
        License = m.License,
        Description = m.Description,
        TrainingGpus = m.TrainingGpus,
        TrainingGpuType = m.TrainingGpuType,
        TrainingDays = Trim(m.TrainingDays),
        TrainingCostUsd = Trim(m.TrainingCostUsd),
        Source = m.SourceId is { } source ? urls[source] : null,
        DerivedFrom = [.. m.DerivedFrom.OrderBy(e => modelSlugs[e.DerivedFromId], StringComparer.Ordinal)
            .Select(e => new SeedLineage { Model = modelSlugs[e.DerivedFromId], Relation = ConstantCase.Name(e.Relation) })],
    };

    private static SeedProduct ToSeed(Product p, Dictionary<int, string> organizationSlugs, Dictionary<int, string> categorySlugs,
        Dictionary<int, string> modelSlugs, Dictionary<int, string> urls) => new()
    {
        Slug = p.Slug,
        Name = p.Name,
        Organization = p.OrganizationId is { } organization ? organizationSlugs[organization] : null,
        Layer = ConstantCase.Name(p.Layer),
        Categories = [.. p.Categories.Select(c => categorySlugs[c.CategoryId]).Order(StringComparer.Ordinal)],
        BuiltOn = [.. p.Models.Select(m => modelSlugs[m.ModelId]).Order(StringComparer.Ordinal)],
        LaunchedOn = Date(p.LaunchedOn),
        DiscontinuedOn = Date(p.DiscontinuedOn),
        Status = ConstantCase.Name(p.Status),
        HomepageUrl = p.HomepageUrl,
        LogoUrl = p.LogoUrl,
        OpenSource = p.OpenSource,
        Description = p.Description,
        Usage = [.. p.UsageMetrics
            .OrderBy(u => u.Metric).ThenBy(u => u.AsOf).ThenBy(u => urls[u.SourceId], StringComparer.Ordinal)
            .Select(u => new SeedUsage
            {
                Metric = ConstantCase.Name(u.Metric),
                Value = u.Value,
                AsOf = Date(u.AsOf),
                PeriodStart = Date(u.PeriodStart),
                PeriodEnd = Date(u.PeriodEnd),
                Method = ConstantCase.Name(u.Method),
                Source = urls[u.SourceId],
                Note = u.Note,
            })],
    };

    private static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>numeric(20,2) reads back as 125000000.00; dividing by a one with many zeros drops the trailing ones.</summary>
    private static decimal? Trim(decimal? value) => value / 1.000000000000000000000000000000000m;

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
