using System.Text.Json;
using Landscape.Data.Seed;
using Landscape.Data.Validation;
using Landscape.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Landscape.Tests.Seed;

[Collection(PostgresGroup.Name)]
public sealed class ExportRoundTripTests(DatabaseFixture database) : IDisposable
{
    private readonly List<string> _folders = [];

    // Every table of the catalog as rows of its business columns: to_jsonb(t) takes all columns,
    // so a column added later is compared too; ids become the slugs and URLs they point at, and
    // what a load stamps by itself (ids, versions, timestamps, the search vector) is left out.
    private const string Generated = "'{id,created_at,updated_at,version,search_vector}'::text[]";

    private static readonly Dictionary<string, string> Dumps = new()
    {
        ["sources"] = $"SELECT to_jsonb(t) - {Generated} FROM sources t",
        ["categories"] = $"""
            SELECT to_jsonb(t) - {Generated} - 'parent_id' || jsonb_build_object('parent', p.slug)
            FROM categories t LEFT JOIN categories p ON p.id = t.parent_id
            """,
        ["organizations"] = $"SELECT to_jsonb(t) - {Generated} FROM organizations t",
        ["models"] = $"""
            SELECT to_jsonb(t) - {Generated} - 'organization_id' - 'source_id'
                   || jsonb_build_object('organization', o.slug, 'source', s.url)
            FROM models t LEFT JOIN organizations o ON o.id = t.organization_id LEFT JOIN sources s ON s.id = t.source_id
            """,
        ["model_lineage"] = """
            SELECT to_jsonb(t) - 'model_id' - 'derived_from_id' - 'source_id' || jsonb_build_object('model', m.slug, 'derived_from', d.slug, 'source', s.url)
            FROM model_lineage t JOIN models m ON m.id = t.model_id JOIN models d ON d.id = t.derived_from_id LEFT JOIN sources s ON s.id = t.source_id
            """,
        ["products"] = $"""
            SELECT to_jsonb(t) - {Generated} - 'organization_id' - 'launch_source_id' || jsonb_build_object('organization', o.slug, 'launch_source', s.url)
            FROM products t LEFT JOIN organizations o ON o.id = t.organization_id LEFT JOIN sources s ON s.id = t.launch_source_id
            """,
        ["product_categories"] = """
            SELECT to_jsonb(t) - 'product_id' - 'category_id' || jsonb_build_object('product', p.slug, 'category', c.slug)
            FROM product_categories t JOIN products p ON p.id = t.product_id JOIN categories c ON c.id = t.category_id
            """,
        ["product_models"] = """
            SELECT to_jsonb(t) - 'product_id' - 'model_id' || jsonb_build_object('product', p.slug, 'model', m.slug)
            FROM product_models t JOIN products p ON p.id = t.product_id JOIN models m ON m.id = t.model_id
            """,
        ["funding_rounds"] = $"""
            SELECT to_jsonb(t) - {Generated} - 'organization_id' - 'source_id'
                   || jsonb_build_object('organization', o.slug, 'source', s.url)
            FROM funding_rounds t JOIN organizations o ON o.id = t.organization_id JOIN sources s ON s.id = t.source_id
            """,
        ["funding_round_investors"] = """
            SELECT to_jsonb(t) - 'funding_round_id' - 'investor_id'
                   || jsonb_build_object('round', o.slug || ' ' || r.round_type || ' ' || r.announced_on, 'investor', i.slug)
            FROM funding_round_investors t JOIN funding_rounds r ON r.id = t.funding_round_id
            JOIN organizations o ON o.id = r.organization_id JOIN organizations i ON i.id = t.investor_id
            """,
        ["usage_metrics"] = $"""
            SELECT to_jsonb(t) - {Generated} - 'product_id' - 'source_id' || jsonb_build_object('product', p.slug, 'source', s.url)
            FROM usage_metrics t JOIN products p ON p.id = t.product_id JOIN sources s ON s.id = t.source_id
            """,
    };

    /// <summary>Tables that are not curated data: the seed format does not carry them.</summary>
    private static readonly string[] NotCatalog = ["__ef_migrations_history", "api_keys", "changes"];

    [Fact]
    public async Task Seeding_an_export_into_an_empty_database_reproduces_every_table_and_exports_the_same_bytes()
    {
        var original = await database.SeededAsync();
        var firstExport = NewFolder();
        await ExportAsync(original, firstExport);

        var copy = await database.EmptyDatabaseAsync("roundtrip");
        await using (var db = DatabaseFixture.CreateContext(copy))
        {
            await db.Database.MigrateAsync();
            var (report, problems) = await new SeedPipeline(new CatalogValidators(TimeProvider.System)).LoadFolderAsync(firstExport, db, CancellationToken.None);
            Assert.True(report is not null, "The export does not validate:\n" + string.Join('\n', problems));
        }

        var expected = await DumpAsync(original);
        var actual = await DumpAsync(copy);
        Assert.Equal(await CatalogTablesAsync(original), expected.Keys.Order(StringComparer.Ordinal));
        foreach (var (table, rows) in expected)
        {
            Assert.True(rows.Count > 0, $"{table} is empty in the seeded database, so the round trip proves nothing about it.");
            Assert.All(rows, row => Assert.DoesNotContain(
                JsonDocument.Parse(row).RootElement.EnumerateObject(), p => p.Name.EndsWith("_id", StringComparison.Ordinal)));
            var lost = rows.Except(actual[table]).Take(3).ToList();
            var gained = actual[table].Except(rows).Take(3).ToList();
            Assert.True(lost.Count + gained.Count == 0,
                $"{table} differs after the round trip.\nOnly in the original:\n{string.Join('\n', lost)}\nOnly in the copy:\n{string.Join('\n', gained)}");
            Assert.Equal(rows, actual[table]);
        }

        var secondExport = NewFolder();
        await ExportAsync(copy, secondExport);
        Assert.Equal(SeedExporter.FileNames.Order(StringComparer.Ordinal), FileNames(firstExport));
        Assert.Equal(FileNames(firstExport), FileNames(secondExport));
        foreach (var name in SeedExporter.FileNames)
        {
            Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(firstExport, name)),
                await File.ReadAllBytesAsync(Path.Combine(secondExport, name)));
        }
    }

    [Fact]
    public async Task Archived_entries_are_exported_too_so_that_references_to_them_hold()
    {
        var cs = await database.ScratchAsync();
        await using (var db = DatabaseFixture.CreateContext(cs))
        {
            await new SeedPipeline(new CatalogValidators(TimeProvider.System)).LoadFolderAsync(RepositoryPaths.Seed, db, CancellationToken.None);
            await db.Database.ExecuteSqlRawAsync("""
                UPDATE organizations SET archived_at = now();
                UPDATE models SET archived_at = now();
                UPDATE products SET archived_at = now();
                """);
        }
        var folder = NewFolder();

        await ExportAsync(cs, folder);

        var exported = SeedReader.ReadDirectory(folder);
        var seeded = SeedReader.ReadDirectory(RepositoryPaths.Seed);
        Assert.Empty(await new SeedPipeline(new CatalogValidators(TimeProvider.System)).ValidateAsync(exported));
        Assert.Equal(seeded.Organizations.Count, exported.Organizations.Count);
        Assert.Equal(seeded.Models.Count, exported.Models.Count);
        Assert.Equal(seeded.Products.Count, exported.Products.Count);
    }

    [Fact]
    public async Task Export_refuses_a_folder_that_already_holds_seed_files()
    {
        var original = await database.SeededAsync();

        await using var db = DatabaseFixture.CreateContext(original);
        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            new SeedExporter(db).WriteAsync(RepositoryPaths.Seed, CancellationToken.None));
        Assert.NotEmpty(SeedExporter.OtherSeedFiles(RepositoryPaths.Seed));
    }

    private static async Task ExportAsync(string connectionString, string folder)
    {
        await using var db = DatabaseFixture.CreateContext(connectionString);
        await new SeedExporter(db).WriteAsync(folder, CancellationToken.None);
    }

    private static async Task<Dictionary<string, List<string>>> DumpAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var dump = new Dictionary<string, List<string>>();
        foreach (var (table, sql) in Dumps)
        {
            await using var command = new NpgsqlCommand($"SELECT row::text FROM ({sql}) AS rows(row)", connection);
            await using var reader = await command.ExecuteReaderAsync();
            var rows = new List<string>();
            while (await reader.ReadAsync())
            {
                rows.Add(reader.GetString(0));
            }
            rows.Sort(StringComparer.Ordinal);
            dump[table] = rows;
        }
        return dump;
    }

    private static async Task<List<string>> CatalogTablesAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var tables = new List<string>();
        while (await reader.ReadAsync())
        {
            tables.Add(reader.GetString(0));
        }
        return [.. tables.Except(NotCatalog).Order(StringComparer.Ordinal)];
    }

    private static List<string> FileNames(string folder) =>
        [.. Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(folder, f)).Order(StringComparer.Ordinal)];

    public void Dispose()
    {
        foreach (var folder in _folders.Where(Directory.Exists))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private string NewFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "landscape-export-" + Guid.NewGuid().ToString("N")[..8]);
        _folders.Add(folder);
        return folder;
    }
}
