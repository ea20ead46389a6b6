using Landscape.Data.Seed;
using Landscape.Data.Validation;
using Landscape.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Landscape.Tests.Seed;

[Collection(PostgresGroup.Name)]
public sealed class SeedLoadingTests(DatabaseFixture database)
{
    [Fact]
    public async Task Seeding_twice_gives_identical_counts_and_reports_unchanged_the_second_time()
    {
        var cs = await database.ScratchAsync();

        var first = await SeedAsync(cs, RepositoryPaths.Seed);
        var countsAfterFirst = await CountsAsync(cs);
        var second = await SeedAsync(cs, RepositoryPaths.Seed);
        var countsAfterSecond = await CountsAsync(cs);

        Assert.True(first.Report!.Changed);
        Assert.True(first.Report.Counts["products"].Created >= 5);
        Assert.False(second.Report!.Changed, "Second load changed something:\n" + second.Report);
        Assert.All(second.Report.Counts.Values, c => Assert.Equal(0, c.Created + c.Updated));
        Assert.Equal(countsAfterFirst, countsAfterSecond);
    }

    [Fact]
    public async Task A_seed_file_with_an_error_loads_nothing_and_names_the_file_and_the_problem()
    {
        var cs = await database.ScratchAsync();
        var folder = CopySeed();
        var deck = Path.Combine(folder, "application", "deck.yml");
        var text = File.ReadAllText(deck);
        var at = text.IndexOf("hq_country: US", StringComparison.Ordinal);
        File.WriteAllText(deck, text[..at] + "hq_country: USA" + text[(at + "hq_country: US".Length)..]);

        var (report, problems) = await SeedAsync(cs, folder);

        Assert.Null(report);
        var problem = Assert.Single(problems, p => p.Code == ErrorCodes.InvalidCountry);
        Assert.Equal("application/deck.yml", problem.File);
        Assert.Equal("hq_country", problem.Field);
        Assert.True(problem.Line > 0);
        Assert.All((await CountsAsync(cs)).Values, count => Assert.Equal(0, count));
    }

    [Fact]
    public async Task Changing_a_fact_updates_that_entry_and_bumps_its_version()
    {
        var cs = await database.ScratchAsync();
        var folder = CopySeed();
        await SeedAsync(cs, folder);
        var deck = Path.Combine(folder, "application", "deck.yml");
        File.WriteAllText(deck, File.ReadAllText(deck).Replace(
            "    name: ChatGPT\n", "    name: ChatGPT (renamed)\n", StringComparison.Ordinal));

        var (report, _) = await SeedAsync(cs, folder);

        Assert.Equal(1, report!.Counts["products"].Updated);
        await using var db = DatabaseFixture.CreateContext(cs);
        var chatgpt = await db.Products.SingleAsync(p => p.Slug == "chatgpt");
        Assert.Equal("ChatGPT (renamed)", chatgpt.Name);
        Assert.Equal(2, chatgpt.Version);
    }

    private static async Task<SeedResult> SeedAsync(string cs, string folder)
    {
        await using var db = DatabaseFixture.CreateContext(cs);
        return await new SeedPipeline(new CatalogValidators(TimeProvider.System)).LoadFolderAsync(folder, db, CancellationToken.None);
    }

    private static async Task<Dictionary<string, int>> CountsAsync(string cs)
    {
        await using var db = DatabaseFixture.CreateContext(cs);
        return new Dictionary<string, int>
        {
            ["sources"] = await db.Sources.CountAsync(),
            ["categories"] = await db.Categories.CountAsync(),
            ["organizations"] = await db.Organizations.CountAsync(),
            ["products"] = await db.Products.CountAsync(),
            ["product_categories"] = await db.ProductCategories.CountAsync(),
            ["product_models"] = await db.ProductModels.CountAsync(),
            ["models"] = await db.Models.CountAsync(),
            ["model_lineage"] = await db.ModelLineage.CountAsync(),
            ["funding_rounds"] = await db.FundingRounds.CountAsync(),
            ["funding_round_investors"] = await db.FundingRoundInvestors.CountAsync(),
            ["usage_metrics"] = await db.UsageMetrics.CountAsync(),
        };
    }

    private static string CopySeed()
    {
        var target = Path.Combine(Path.GetTempPath(), "landscape-seed-" + Guid.NewGuid().ToString("N")[..8]);
        foreach (var file in Directory.EnumerateFiles(RepositoryPaths.Seed, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(target, Path.GetRelativePath(RepositoryPaths.Seed, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }
        return target;
    }
}
