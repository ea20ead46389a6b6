using System.Diagnostics;
using System.Text.RegularExpressions;
using Landscape.Data.Seed;
using Landscape.Data.Validation;
using Landscape.Tests.Infrastructure;

namespace Landscape.Tests.Seed;

/// <summary>
/// `seed validate` on a copy of the repository's seed/ with errors planted in extra files: every
/// planted error must be reported, at its file, line, field and code, and nothing else.
/// </summary>
public sealed class SeedValidationTests : IDisposable
{
    private readonly List<string> _folders = [];

    private const string Source = "https://example.org/planted/source";

    // Valid entries the planted errors refer to, so the errors do not depend on the curated data.
    private const string Base = $"""
        sources:
          - url: {Source}
            title: Planted source
            publisher: Example
        categories:
          - slug: planted-apps
            name: Planted apps
            layer: APPLICATION
            sort_order: 990
        organizations:
          - slug: planted-org
            name: Planted Org
            kind: COMPANY
            founded_year: 2015
        models:
          - slug: planted-model
            name: Planted Model
            organization: planted-org
            modality: TEXT
        """;

    // A YAML syntax error (an unclosed flow sequence) must not hide the problems of other files.
    private const string Broken = """
        products:
          - slug: planted-broken
            categories: [planted-apps
            name: Broken
        """;

    // Each erroneous entry is marked with a comment on its first line; the test finds its line by it.
    private const string ErrorsA = $"""
        sources:
          - url: {Source}   # duplicate-source
            title: Another title for the same page
        organizations:
          - slug: planted-org-uk   # bad-country
            name: Planted UK
            kind: COMPANY
            hq_country: UK
          - slug: planted-org-url   # bad-url
            name: Planted URL
            kind: COMPANY
            website_url: www.planted.example
          - slug: planted-org-kind   # bad-kind
            name: Planted Kind
            kind: FUND
          - slug: planted-org-rounds
            name: Planted Rounds
            kind: COMPANY
            founded_year: 2015
            funding_rounds:
              - announced_on: 2021-03-04
                round_type: SERIES_A
                source: {Source}
              - announced_on: 2021-03-04   # duplicate-round
                round_type: SERIES_A
                source: {Source}
              - announced_on: 2022-05-06   # amount-without-usd
                round_type: SERIES_B
                amount: 1000000
                currency: USD
                source: {Source}
              - announced_on: 2023-07-08   # bad-currency
                round_type: SERIES_C
                amount: 70000000
                currency: RMB
                amount_usd: 10000000
                source: {Source}
              - announced_on: 2020-03-15   # month-only-mid-month
                round_type: SEED
                source: {Source}
                note: "month only: reported as March 2020"
              - announced_on: 2024-09-10
                round_type: SERIES_D
                source: {Source}
                investors:
                  - organization: no-such-investor   # unknown-investor
        products:
          - slug: planted-unknown-refs   # unknown-references
            name: Unknown references
            organization: no-such-org
            layer: APPLICATION
            categories: [no-such-category]
            built_on: [no-such-model]
          - slug: planted-early   # before-founding
            name: Launched before its maker was founded
            organization: planted-org
            layer: APPLICATION
            categories: [planted-apps]
            launched_on: 2010-06-01
          - slug: planted-future   # in-future
            name: Launched in the future
            layer: APPLICATION
            categories: [planted-apps]
            launched_on: 2999-01-01
          - slug: planted-twice
            name: Defined here and in errors-b.yml
            layer: APPLICATION
            categories: [planted-apps]
          - slug: planted-usage
            name: Usage facts
            organization: planted-org
            layer: APPLICATION
            categories: [planted-apps]
            built_on: [planted-model]
            usage:
              - metric: MONTHLY_ACTIVE_USERS
                value: 1000
                as_of: 2024-01-31
                method: COMPANY_REPORTED
                source: {Source}
              - metric: MONTHLY_ACTIVE_USERS   # duplicate-usage
                value: 2000
                as_of: 2024-01-31
                method: COMPANY_REPORTED
                source: {Source}
              - metric: MONTHLY_ACTIVE_USERS   # too-early
                value: 10
                as_of: 1899-12-31
                method: MEDIA_REPORT
                source: {Source}
              - metric: REGISTERED_USERS   # no-source
                value: 3000
                as_of: 2024-02-29
                method: COMPANY_REPORTED
              - metric: REGISTERED_USERS   # unknown-source
                value: 4000
                as_of: 2024-03-31
                method: COMPANY_REPORTED
                source: https://example.org/planted/not-listed
              - metric: MONTHLY_USERS   # bad-metric
                value: 5000
                as_of: 2024-04-30
                method: COMPANY_REPORTED
                source: {Source}
        """;

    private const string ErrorsB = """
        models:
          - slug: planted-cycle-a
            name: Cycle A
            modality: TEXT
            derived_from:
              - model: planted-cycle-b
                relation: FINE_TUNE
          - slug: planted-cycle-b
            name: Cycle B
            modality: TEXT
            derived_from:
              - model: planted-cycle-a   # lineage-cycle
                relation: SUCCESSOR
          - slug: planted-other-maker
            name: A successor by another organization
            organization: planted-org-kind-b
            modality: TEXT
            derived_from:
              - model: planted-model   # successor-across-organizations
                relation: SUCCESSOR
          - slug: planted-orphan
            name: Derived from nothing known
            modality: TEXT
            derived_from:
              - model: no-such-model   # unknown-parent
                relation: FINE_TUNE
        organizations:
          - slug: planted-org-kind-b
            name: Planted Org B
            kind: LAB
        products:
          - slug: planted-twice   # duplicate-slug
            name: Defined twice
            layer: APPLICATION
            categories: [planted-apps]
          - slug: Planted_Product   # bad-slug
            name: Badly named
            layer: APPLICATION
            categories: [planted-apps]
        """;

    private static readonly Dictionary<string, string> Planted = new()
    {
        ["planted/base.yml"] = Base,
        ["planted/broken.yml"] = Broken,
        ["planted/errors-a.yml"] = ErrorsA,
        ["planted/errors-b.yml"] = ErrorsB,
    };

    /// <summary>What each marked entry must produce: file, marker, field, code.</summary>
    private static readonly (string File, string Marker, string Field, string Code)[] Expected =
    [
        ("planted/errors-a.yml", "duplicate-source", "url", ErrorCodes.Duplicate),
        ("planted/errors-a.yml", "bad-country", "hq_country", ErrorCodes.InvalidCountry),
        ("planted/errors-a.yml", "bad-url", "website_url", ErrorCodes.InvalidUrl),
        ("planted/errors-a.yml", "bad-kind", "kind", ErrorCodes.InvalidEnum),
        ("planted/errors-a.yml", "duplicate-round", "round_type", ErrorCodes.Duplicate),
        ("planted/errors-a.yml", "amount-without-usd", "amount_usd", ErrorCodes.UsdAmountRequired),
        ("planted/errors-a.yml", "bad-currency", "currency", ErrorCodes.InvalidCurrency),
        ("planted/errors-a.yml", "unknown-investor", "organization", ErrorCodes.UnknownReference),
        ("planted/errors-a.yml", "month-only-mid-month", "announced_on", ErrorCodes.InvalidDate),
        ("planted/errors-a.yml", "unknown-references", "organization", ErrorCodes.UnknownReference),
        ("planted/errors-a.yml", "unknown-references", "categories", ErrorCodes.UnknownReference),
        ("planted/errors-a.yml", "unknown-references", "built_on", ErrorCodes.UnknownReference),
        ("planted/errors-a.yml", "before-founding", "launched_on", ErrorCodes.BeforeFounding),
        ("planted/errors-a.yml", "in-future", "launched_on", ErrorCodes.DateInFuture),
        ("planted/errors-a.yml", "duplicate-usage", "metric", ErrorCodes.Duplicate),
        ("planted/errors-a.yml", "too-early", "as_of", ErrorCodes.DateTooEarly),
        ("planted/errors-a.yml", "no-source", "source", ErrorCodes.SourceRequired),
        ("planted/errors-a.yml", "unknown-source", "source", ErrorCodes.UnknownReference),
        ("planted/errors-a.yml", "bad-metric", "metric", ErrorCodes.InvalidEnum),
        ("planted/errors-b.yml", "lineage-cycle", "model", ErrorCodes.LineageCycle),
        ("planted/errors-b.yml", "unknown-parent", "model", ErrorCodes.UnknownReference),
        ("planted/errors-b.yml", "successor-across-organizations", "relation", ErrorCodes.SuccessorAcrossOrganizations),
        ("planted/errors-b.yml", "duplicate-slug", "slug", ErrorCodes.Duplicate),
        ("planted/errors-b.yml", "bad-slug", "slug", ErrorCodes.InvalidSlug),
    ];

    [Fact]
    public void The_repository_seed_validates_without_problems()
    {
        var problems = Validate(RepositoryPaths.Seed);

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public void Validation_lists_every_planted_error_with_its_file_line_field_and_code_and_nothing_else()
    {
        var folder = PlantErrors();

        var problems = Validate(folder);

        var syntax = Assert.Single(problems, p => p.Code == ErrorCodes.Syntax);
        Assert.Equal("planted/broken.yml", syntax.File);
        Assert.True(syntax.Line > 0);
        var expected = ExpectedProblems().Select(e => $"{e.File}:{e.Line}: {e.Field} [{e.Code}]").Order(StringComparer.Ordinal);
        var actual = problems.Where(p => p.Code != ErrorCodes.Syntax)
            .Select(p => $"{p.File}:{p.Line}: {p.Field} [{p.Code}]").Order(StringComparer.Ordinal);
        Assert.Equal(expected, actual);
    }

    [Fact]
    public async Task The_seed_validate_verb_exits_non_zero_and_prints_every_problem_with_file_and_line()
    {
        var folder = PlantErrors();
        // A connection string to nowhere: the verb reads files only and must not touch it.
        var result = await ServiceBinary.RunAsync("Host=127.0.0.1;Port=1;Database=none;Username=none", "seed", "validate", "--path", folder);

        var errors = result.Errors;
        Assert.True(result.ExitCode != 0, $"exit code {result.ExitCode}\n{result.Output}\n{errors}");
        var lines = errors.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        foreach (var (file, line, field, code) in ExpectedProblems())
        {
            Assert.Contains(lines, l => l.StartsWith($"{file}:{line}: {field}: ", StringComparison.Ordinal)
                && l.EndsWith($"[{code}]", StringComparison.Ordinal));
        }
        Assert.Contains(lines, l => Regex.IsMatch(l, @"^planted/broken\.yml:[1-9][0-9]*: .*\[SYNTAX\]$"));
        Assert.Contains($"{ExpectedProblems().Count + 1} problem(s)", errors, StringComparison.Ordinal);
    }

    private static List<(string File, int Line, string Field, string Code)> ExpectedProblems() =>
        [.. Expected.Select(e => (e.File, LineOf(Planted[e.File], "# " + e.Marker), e.Field, e.Code))];

    private static IReadOnlyList<SeedProblem> Validate(string folder) =>
        new SeedPipeline(new CatalogValidators(TimeProvider.System)).ValidateAsync(SeedReader.ReadDirectory(folder)).GetAwaiter().GetResult();

    public void Dispose()
    {
        foreach (var folder in _folders.Where(Directory.Exists))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>A copy of the repository's seed/ with the planted files added.</summary>
    private string PlantErrors()
    {
        var target = Path.Combine(Path.GetTempPath(), "landscape-planted-" + Guid.NewGuid().ToString("N")[..8]);
        _folders.Add(target);
        foreach (var file in Directory.EnumerateFiles(RepositoryPaths.Seed, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(target, Path.GetRelativePath(RepositoryPaths.Seed, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }
        foreach (var (name, text) in Planted)
        {
            var path = Path.Combine(target, name);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text + "\n");
        }
        return target;
    }

    /// <summary>The 1-based line of the only line holding <paramref name="marker"/> (followed by the end of the line).</summary>
    private static int LineOf(string text, string marker)
    {
        var lines = text.Split('\n');
        var index = Array.FindIndex(lines, l => l.TrimEnd().EndsWith(marker, StringComparison.Ordinal));
        Assert.True(index >= 0, $"marker {marker} not found");
        return index + 1;
    }
}
