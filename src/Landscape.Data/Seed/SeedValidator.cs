using FluentValidation;
using Landscape.Data.Entities;
using Landscape.Data.Validation;

namespace Landscape.Data.Seed;

/// <summary>
/// Checks a seed catalog: each entry with the same validators the mutations use, then what
/// only the whole catalog can tell (references, duplicates, founding years, lineage cycles).
/// </summary>
public sealed class SeedValidator(CatalogValidators validators)
{
    public IReadOnlyList<SeedProblem> Validate(SeedCatalog catalog)
    {
        var problems = new List<SeedProblem>(catalog.Problems);
        var mapper = new SeedMapper(problems);

        var sources = Unique(catalog.Sources, s => s.Url, "url", problems, (a, b) => SameSource(a, b));
        foreach (var source in catalog.Sources)
        {
            Check(validators.Source, mapper.Map(source), source, problems);
        }

        var categories = Unique(catalog.Categories, c => c.Slug, "slug", problems);
        foreach (var category in catalog.Categories)
        {
            Check(validators.Category, mapper.Map(category), category, problems);
            if (category.Parent is { } parent && !categories.ContainsKey(parent))
            {
                problems.Add(Unknown(category, "parent", "category", parent));
            }
        }

        var organizations = Unique(catalog.Organizations, o => o.Slug, "slug", problems);
        foreach (var organization in catalog.Organizations)
        {
            Check(validators.Organization, mapper.Map(organization), organization, problems);
            var rounds = new Dictionary<(string?, string?), SeedFundingRound>();
            foreach (var round in organization.FundingRounds)
            {
                var fields = mapper.Map(round);
                Check(validators.FundingRound, fields, round, problems);
                CheckSource(round, round.Source, sources, problems);
                CheckFounding(round, "announced_on", fields.AnnouncedOn, organization, problems);
                if (!rounds.TryAdd((round.RoundType, round.AnnouncedOn), round))
                {
                    problems.Add(new SeedProblem(round.File, round.Line, "round_type", ErrorCodes.Duplicate,
                        $"{organization.Slug} already has a {round.RoundType} round announced on {round.AnnouncedOn} (line {rounds[(round.RoundType, round.AnnouncedOn)].Line})."));
                }
                var investors = new HashSet<string?>();
                foreach (var investor in round.Investors)
                {
                    if (investor.Organization is null || !organizations.ContainsKey(investor.Organization))
                    {
                        problems.Add(Unknown(investor, "organization", "organization", investor.Organization));
                    }
                    if (!investors.Add(investor.Organization))
                    {
                        problems.Add(new SeedProblem(investor.File, investor.Line, "organization", ErrorCodes.Duplicate,
                            $"{investor.Organization} is listed twice among the investors."));
                    }
                }
            }
        }

        var models = Unique(catalog.Models, m => m.Slug, "slug", problems);
        foreach (var model in catalog.Models)
        {
            var fields = mapper.Map(model);
            Check(validators.Model, fields, model, problems);
            var maker = CheckOrganization(model, model.Organization, organizations, problems);
            CheckFounding(model, "released_on", fields.ReleasedOn, maker, problems);
            if (model.Source is not null)
            {
                CheckSource(model, model.Source, sources, problems);
            }
            var parents = new HashSet<string?>();
            foreach (var edge in model.DerivedFrom)
            {
                if (mapper.Map(edge) is null && edge.Relation is null)
                {
                    problems.Add(new SeedProblem(edge.File, edge.Line, "relation", ErrorCodes.Required, "relation is required."));
                }
                if (edge.Model is null || !models.ContainsKey(edge.Model))
                {
                    problems.Add(Unknown(edge, "model", "model", edge.Model));
                }
                if (!parents.Add(edge.Model) || edge.Model == model.Slug)
                {
                    problems.Add(new SeedProblem(edge.File, edge.Line, "model", ErrorCodes.Duplicate,
                        $"{model.Slug} derives from {edge.Model} twice, or from itself."));
                }
            }
        }
        problems.AddRange(FindLineageCycles(catalog.Models, models));

        Unique(catalog.Products, p => p.Slug, "slug", problems);
        foreach (var product in catalog.Products)
        {
            var fields = mapper.Map(product);
            Check(validators.Product, fields, product, problems);
            var maker = CheckOrganization(product, product.Organization, organizations, problems);
            CheckFounding(product, "launched_on", fields.LaunchedOn, maker, problems);
            if (product.Categories.Count == 0)
            {
                problems.Add(new SeedProblem(product.File, product.Line, "categories", ErrorCodes.Required,
                    "A product needs at least one category."));
            }
            foreach (var slug in product.Categories)
            {
                if (!categories.TryGetValue(slug, out var category))
                {
                    problems.Add(Unknown(product, "categories", "category", slug));
                }
                else if (category.Layer != product.Layer && fields.Layer is not null)
                {
                    problems.Add(new SeedProblem(product.File, product.Line, "categories", ErrorCodes.CategoryLayerMismatch,
                        $"Category {slug} is in the {category.Layer} layer, but the product is in {product.Layer}."));
                }
            }
            foreach (var slug in product.BuiltOn.Where(s => !models.ContainsKey(s)))
            {
                problems.Add(Unknown(product, "built_on", "model", slug));
            }
            var facts = new HashSet<(string?, string?, string?)>();
            foreach (var usage in product.Usage)
            {
                Check(validators.UsageMetric, mapper.Map(usage), usage, problems);
                CheckSource(usage, usage.Source, sources, problems);
                if (!facts.Add((usage.Metric, usage.AsOf, usage.Source)))
                {
                    problems.Add(new SeedProblem(usage.File, usage.Line, "metric", ErrorCodes.Duplicate,
                        $"{product.Slug} already has {usage.Metric} as of {usage.AsOf} from this source."));
                }
            }
        }
        // In file and line order, so the list reads like the files (the checks above go kind by kind).
        return [.. problems.OrderBy(p => p.File, StringComparer.Ordinal).ThenBy(p => p.Line)];
    }

    private static void Check<T>(AbstractValidator<T> validator, T fields, SeedEntry entry, List<SeedProblem> problems)
    {
        foreach (var failure in validator.Validate(fields).Errors)
        {
            var field = FieldNames.ToSnakeCase(failure.PropertyName);
            // A value that did not parse reaches the validator as null; the mapper has already
            // reported it, and "Required." would be a second, wrong report of the same mistake.
            if (failure.ErrorCode == ErrorCodes.Required && problems.Any(p => p.File == entry.File && p.Line == entry.Line
                    && p.Field == field && p.Code is ErrorCodes.InvalidEnum or ErrorCodes.InvalidDate))
            {
                continue;
            }
            problems.Add(new SeedProblem(entry.File, entry.Line, field, failure.ErrorCode, failure.ErrorMessage));
        }
    }

    private static Dictionary<string, T> Unique<T>(List<T> entries, Func<T, string?> key, string field,
        List<SeedProblem> problems, Func<T, T, bool>? sameAllowed = null) where T : SeedEntry
    {
        var seen = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            var value = key(entry);
            if (value is null)
            {
                continue;
            }
            if (!seen.TryAdd(value, entry) && (sameAllowed is null || !sameAllowed(seen[value], entry)))
            {
                var first = seen[value];
                problems.Add(new SeedProblem(entry.File, entry.Line, field, ErrorCodes.Duplicate,
                    $"'{value}' is already defined at {first.File}:{first.Line}."));
            }
        }
        return seen;
    }

    private static bool SameSource(SeedSource a, SeedSource b) =>
        a.Title == b.Title && a.Publisher == b.Publisher && a.PublishedOn == b.PublishedOn;

    private static SeedOrganization? CheckOrganization(SeedEntry entry, string? slug,
        Dictionary<string, SeedOrganization> organizations, List<SeedProblem> problems)
    {
        if (slug is null)
        {
            return null;
        }
        if (organizations.TryGetValue(slug, out var organization))
        {
            return organization;
        }
        problems.Add(Unknown(entry, "organization", "organization", slug));
        return null;
    }

    private static void CheckSource(SeedEntry entry, string? url, Dictionary<string, SeedSource> sources, List<SeedProblem> problems)
    {
        if (!string.IsNullOrWhiteSpace(url) && !sources.ContainsKey(url))
        {
            problems.Add(new SeedProblem(entry.File, entry.Line, "source", ErrorCodes.UnknownReference,
                $"Source {url} is not listed in any `sources:` section."));
        }
    }

    private static void CheckFounding(SeedEntry entry, string field, DateOnly? date, SeedOrganization? organization,
        List<SeedProblem> problems)
    {
        if (date is { } day && organization?.FoundedYear is { } founded && day.Year < founded)
        {
            problems.Add(new SeedProblem(entry.File, entry.Line, field, ErrorCodes.BeforeFounding,
                $"{field} {day:yyyy-MM-dd} is before {organization.Slug} was founded ({founded})."));
        }
    }

    private static SeedProblem Unknown(SeedEntry entry, string field, string kind, string? slug) =>
        new(entry.File, entry.Line, field, ErrorCodes.UnknownReference, $"No {kind} with slug '{slug}'.");

    private static List<SeedProblem> FindLineageCycles(List<SeedModel> models, Dictionary<string, SeedModel> bySlug)
    {
        // Depth-first search; a node met again while still on the stack closes a cycle.
        var state = new Dictionary<string, bool>(); // false: on the stack, true: done
        var problems = new List<SeedProblem>();
        foreach (var model in models.Where(m => m.Slug is not null))
        {
            Visit(model, []);
        }
        return problems;

        void Visit(SeedModel model, List<string> path)
        {
            if (state.TryGetValue(model.Slug!, out var done))
            {
                if (!done)
                {
                    var cycle = path.SkipWhile(s => s != model.Slug).Append(model.Slug!);
                    problems.Add(new SeedProblem(model.File, model.Line, "derived_from", ErrorCodes.LineageCycle,
                        $"Lineage cycle: {string.Join(" → ", cycle)}."));
                }
                return;
            }
            state[model.Slug!] = false;
            path.Add(model.Slug!);
            foreach (var edge in model.DerivedFrom)
            {
                if (edge.Model is not null && bySlug.TryGetValue(edge.Model, out var parent))
                {
                    Visit(parent, path);
                }
            }
            path.RemoveAt(path.Count - 1);
            state[model.Slug!] = true;
        }
    }
}
