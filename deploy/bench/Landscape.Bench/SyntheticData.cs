using System.Diagnostics;
using System.Globalization;
using Landscape.Data;
using Landscape.Data.Entities;
using Npgsql;
using NpgsqlTypes;

namespace Landscape.Bench;

/// <summary>
/// Reproducible synthetic catalog data (a fixed seed: the same scale always gives the same rows),
/// loaded beside the curated seed with binary COPY in one transaction. Ids continue after the
/// curated rows and the identity sequences are moved past them afterwards, so the service can
/// keep inserting. Slugs start with "syn-", so the synthetic rows are easy to tell apart.
/// </summary>
public static class SyntheticData
{
    public const int RandomSeed = 20_261_128;
    private static readonly DateOnly Epoch = new(2015, 1, 1);
    private static readonly string[] Syllables =
        ["ar", "bo", "ca", "da", "el", "fi", "go", "ha", "io", "ju", "ka", "lo", "mi", "no", "pa", "qu", "ri", "so", "ta", "ul", "vi", "wo", "xa", "yo", "ze"];
    private static readonly string[] Words =
        ["assistant", "agent", "copilot", "search", "writing", "images", "video", "voice", "code", "analytics", "workflow", "data", "chat", "model", "inference", "vector", "retrieval", "design", "sales", "support"];
    private static readonly RoundType[] RoundOrder =
        [RoundType.PreSeed, RoundType.Seed, RoundType.SeriesA, RoundType.SeriesB, RoundType.SeriesC, RoundType.SeriesD, RoundType.SeriesE,
         RoundType.SeriesF, RoundType.Strategic, RoundType.Corporate, RoundType.Debt, RoundType.Grant, RoundType.SeriesG, RoundType.SeriesH,
         RoundType.SeriesI, RoundType.SeriesJ, RoundType.Undisclosed, RoundType.Ipo];
    private static readonly UsageMetricKind[] OtherMetrics =
        [UsageMetricKind.WeeklyActiveUsers, UsageMetricKind.RegisteredUsers, UsageMetricKind.MonthlyVisits, UsageMetricKind.PayingSubscribers];

    public static async Task<int> GenerateAsync(string connectionString, Scale scale)
    {
        var clock = Stopwatch.StartNew();
        // A bulk load's statements (and the triggers they fire) may take longer than the default 30 s.
        await using var dataSource = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(connectionString) { CommandTimeout = 0 }.ConnectionString);
        await using var connection = await dataSource.OpenConnectionAsync();
        if (await ScalarAsync<long>(connection, "SELECT count(*) FROM products WHERE slug LIKE 'syn-%'") > 0)
        {
            Console.WriteLine("Synthetic data is already loaded; nothing to do.");
            return 0;
        }
        await using var transaction = await connection.BeginTransactionAsync();
        var random = new Random(RandomSeed);
        var categories = await CategoriesAsync(connection);
        var ids = new IdBase(
            await NextIdAsync(connection, "sources"), await NextIdAsync(connection, "organizations"), await NextIdAsync(connection, "products"),
            await NextIdAsync(connection, "models"), await NextIdAsync(connection, "funding_rounds"), await NextIdAsync(connection, "usage_metrics"));

        await SourcesAsync(connection, scale, ids);
        var investors = await OrganizationsAsync(connection, scale, ids, random);
        await ModelsAsync(connection, scale, ids, random);
        await ProductsAsync(connection, scale, ids, random, categories);
        await FundingAsync(connection, scale, ids, random, investors);
        await UsageAsync(connection, scale, ids, random);
        foreach (var table in new[] { "sources", "organizations", "products", "models", "funding_rounds", "usage_metrics" })
        {
            await ExecuteAsync(connection, $"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT max(id) FROM {table}))");
        }
        await transaction.CommitAsync();
        await ExecuteAsync(connection, "ANALYZE");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Scale {scale.Name}: {scale.Products} products, {scale.Organizations} organizations, {scale.FundingRounds} funding rounds, " +
            $"{scale.UsageFacts} usage facts, {scale.Models} models loaded in {clock.Elapsed.TotalSeconds:F1} s."));
        return 0;
    }

    private static async Task SourcesAsync(NpgsqlConnection connection, Scale scale, IdBase ids)
    {
        await using var copy = await connection.BeginBinaryImportAsync("COPY sources (id, url, title, publisher, published_on) FROM STDIN (FORMAT BINARY)");
        for (var i = 0; i < scale.Sources; i++)
        {
            await copy.StartRowAsync();
            await copy.WriteAsync(ids.Source + i, NpgsqlDbType.Integer);
            await copy.WriteAsync($"https://bench.example/sources/{i}", NpgsqlDbType.Text);
            await copy.WriteAsync($"Synthetic source {i}", NpgsqlDbType.Text);
            await copy.WriteAsync("Bench Wire", NpgsqlDbType.Text);
            await copy.WriteAsync(Epoch.AddDays(i % 3000), NpgsqlDbType.Date);
        }
        await copy.CompleteAsync();
    }

    /// <returns>The ids of the organizations that invest.</returns>
    private static async Task<List<int>> OrganizationsAsync(NpgsqlConnection connection, Scale scale, IdBase ids, Random random)
    {
        var investors = new List<int>();
        string[] countries = ["US", "GB", "FR", "DE", "CA", "IL", "CN", "IN", "JP", "KR"];
        await using var copy = await connection.BeginBinaryImportAsync(
            "COPY organizations (id, slug, name, kind, founded_year, hq_country, hq_city, website_url, description) FROM STDIN (FORMAT BINARY)");
        for (var i = 0; i < scale.Organizations; i++)
        {
            var id = ids.Organization + i;
            var roll = random.Next(100);
            var kind = roll < 10 ? OrganizationKind.Investor : roll < 13 ? OrganizationKind.Lab : roll < 15 ? OrganizationKind.BigTech : OrganizationKind.Company;
            if (kind == OrganizationKind.Investor)
            {
                investors.Add(id);
            }
            var name = Name(random, 2) + (kind == OrganizationKind.Investor ? " Ventures" : " AI");
            await copy.StartRowAsync();
            await copy.WriteAsync(id, NpgsqlDbType.Integer);
            await copy.WriteAsync($"syn-org-{i}", NpgsqlDbType.Text);
            await copy.WriteAsync(name, NpgsqlDbType.Text);
            await copy.WriteAsync(ConstantCase.Name(kind), NpgsqlDbType.Text);
            await copy.WriteAsync(1990 + random.Next(34), NpgsqlDbType.Integer);
            await copy.WriteAsync(countries[random.Next(countries.Length)], NpgsqlDbType.Text);
            await copy.WriteAsync("Springfield", NpgsqlDbType.Text);
            await copy.WriteAsync($"https://org-{i}.bench.example", NpgsqlDbType.Text);
            await copy.WriteAsync(Sentence(random), NpgsqlDbType.Text);
        }
        await copy.CompleteAsync();
        return investors;
    }

    private static async Task ModelsAsync(NpgsqlConnection connection, Scale scale, IdBase ids, Random random)
    {
        var lineage = new List<(int Model, int From, LineageRelation Relation)>();
        await using (var copy = await connection.BeginBinaryImportAsync(
            "COPY models (id, slug, name, organization_id, released_on, parameters, context_window, modality, open_weights, license, description, source_id) FROM STDIN (FORMAT BINARY)"))
        {
            for (var i = 0; i < scale.Models; i++)
            {
                var id = ids.Model + i;
                // Most models derive from a recent earlier one, so families form chains several steps deep.
                if (i > 0 && random.Next(100) < 60)
                {
                    lineage.Add((id, ids.Model + Math.Max(0, i - 1 - random.Next(Math.Min(i, 20))), (LineageRelation)random.Next(5)));
                }
                await copy.StartRowAsync();
                await copy.WriteAsync(id, NpgsqlDbType.Integer);
                await copy.WriteAsync($"syn-model-{i}", NpgsqlDbType.Text);
                await copy.WriteAsync($"{Name(random, 2)}-{random.Next(1, 9)}", NpgsqlDbType.Text);
                await copy.WriteAsync(ids.Organization + random.Next(scale.Organizations), NpgsqlDbType.Integer);
                await copy.WriteAsync(Epoch.AddDays(random.Next(3600)), NpgsqlDbType.Date);
                await copy.WriteAsync((long)random.Next(1, 2000) * 100_000_000L, NpgsqlDbType.Bigint);
                await copy.WriteAsync(4096 << random.Next(6), NpgsqlDbType.Integer);
                await copy.WriteAsync(ConstantCase.Name((Modality)random.Next(7)), NpgsqlDbType.Text);
                await copy.WriteAsync(random.Next(2) == 0, NpgsqlDbType.Boolean);
                await copy.WriteAsync("apache-2.0", NpgsqlDbType.Text);
                await copy.WriteAsync(Sentence(random), NpgsqlDbType.Text);
                await copy.WriteAsync(ids.Source + random.Next(scale.Sources), NpgsqlDbType.Integer);
            }
            await copy.CompleteAsync();
        }
        await using (var copy = await connection.BeginBinaryImportAsync("COPY model_lineage (model_id, derived_from_id, relation) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var (model, from, relation) in lineage)
            {
                await copy.StartRowAsync();
                await copy.WriteAsync(model, NpgsqlDbType.Integer);
                await copy.WriteAsync(from, NpgsqlDbType.Integer);
                await copy.WriteAsync(ConstantCase.Name(relation), NpgsqlDbType.Text);
            }
            await copy.CompleteAsync();
        }
    }

    private static async Task ProductsAsync(NpgsqlConnection connection, Scale scale, IdBase ids, Random random,
        IReadOnlyDictionary<Layer, int[]> categories)
    {
        var placements = new List<(int Product, int Category)>();
        var builtOn = new List<(int Product, int Model)>();
        await using (var copy = await connection.BeginBinaryImportAsync(
            "COPY products (id, slug, name, organization_id, layer, launched_on, status, homepage_url, description, open_source) FROM STDIN (FORMAT BINARY)"))
        {
            for (var i = 0; i < scale.Products; i++)
            {
                var id = ids.Product + i;
                var roll = random.Next(10);
                var layer = roll < 5 ? Layer.Application : roll < 8 ? Layer.Middleware : Layer.Model;
                var inLayer = categories[layer];
                var first = inLayer[random.Next(inLayer.Length)];
                placements.Add((id, first));
                if (random.Next(4) == 0 && inLayer[random.Next(inLayer.Length)] is var second && second != first)
                {
                    placements.Add((id, second));
                }
                var models = new HashSet<int>();
                for (var m = random.Next(3); m > 0; m--)
                {
                    var model = ids.Model + random.Next(scale.Models);
                    if (models.Add(model))
                    {
                        builtOn.Add((id, model));
                    }
                }
                await copy.StartRowAsync();
                await copy.WriteAsync(id, NpgsqlDbType.Integer);
                await copy.WriteAsync($"syn-product-{i}", NpgsqlDbType.Text);
                await copy.WriteAsync(Name(random, 3), NpgsqlDbType.Text);
                await copy.WriteAsync(ids.Organization + random.Next(scale.Organizations), NpgsqlDbType.Integer);
                await copy.WriteAsync(ConstantCase.Name(layer), NpgsqlDbType.Text);
                await copy.WriteAsync(Epoch.AddDays(random.Next(3600)), NpgsqlDbType.Date);
                await copy.WriteAsync(ConstantCase.Name(ProductStatus.Active), NpgsqlDbType.Text);
                await copy.WriteAsync($"https://product-{i}.bench.example", NpgsqlDbType.Text);
                await copy.WriteAsync(Sentence(random), NpgsqlDbType.Text);
                await copy.WriteAsync(random.Next(5) == 0, NpgsqlDbType.Boolean);
            }
            await copy.CompleteAsync();
        }
        await using (var copy = await connection.BeginBinaryImportAsync("COPY product_categories (product_id, category_id) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var (product, category) in placements)
            {
                await copy.WriteRowAsync(default, product, category);
            }
            await copy.CompleteAsync();
        }
        await using (var copy = await connection.BeginBinaryImportAsync("COPY product_models (product_id, model_id) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var (product, model) in builtOn)
            {
                await copy.WriteRowAsync(default, product, model);
            }
            await copy.CompleteAsync();
        }
    }

    private static async Task FundingAsync(NpgsqlConnection connection, Scale scale, IdBase ids, Random random, List<int> investors)
    {
        var roundsPerOrganization = new int[scale.Organizations];
        var stakes = new List<(int Round, int Investor, bool Lead)>();
        await using (var copy = await connection.BeginBinaryImportAsync(
            "COPY funding_rounds (id, organization_id, announced_on, round_type, amount, currency, amount_usd, post_money_valuation_usd, source_id) FROM STDIN (FORMAT BINARY)"))
        {
            for (var i = 0; i < scale.FundingRounds; i++)
            {
                var id = ids.FundingRound + i;
                var organization = random.Next(scale.Organizations);
                // The n-th round of an organization has the n-th type and a later day, so (organization, type, day) stays unique.
                var n = roundsPerOrganization[organization]++;
                var amount = random.Next(10) == 0 ? (decimal?)null : random.Next(1, 5000) * 100_000m;
                var inRound = new HashSet<int>();
                for (var k = random.Next(1, 4); k > 0 && investors.Count > 0; k--)
                {
                    var investor = investors[random.Next(investors.Count)];
                    if (inRound.Add(investor))
                    {
                        stakes.Add((id, investor, k == 1));
                    }
                }
                await copy.StartRowAsync();
                await copy.WriteAsync(id, NpgsqlDbType.Integer);
                await copy.WriteAsync(ids.Organization + organization, NpgsqlDbType.Integer);
                await copy.WriteAsync(Epoch.AddDays(n * 150 + random.Next(120)), NpgsqlDbType.Date);
                await copy.WriteAsync(ConstantCase.Name(RoundOrder[n % RoundOrder.Length]), NpgsqlDbType.Text);
                await WriteNullableAsync(copy, amount, NpgsqlDbType.Numeric);
                await WriteNullableAsync(copy, amount is null ? null : "USD", NpgsqlDbType.Text);
                await WriteNullableAsync(copy, amount, NpgsqlDbType.Numeric);
                await WriteNullableAsync(copy, amount * random.Next(4, 20), NpgsqlDbType.Numeric);
                await copy.WriteAsync(ids.Source + random.Next(scale.Sources), NpgsqlDbType.Integer);
            }
            await copy.CompleteAsync();
        }
        await using (var copy = await connection.BeginBinaryImportAsync("COPY funding_round_investors (funding_round_id, investor_id, is_lead) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var (round, investor, lead) in stakes)
            {
                await copy.WriteRowAsync(default, round, investor, lead);
            }
            await copy.CompleteAsync();
        }
    }

    private static async Task UsageAsync(NpgsqlConnection connection, Scale scale, IdBase ids, Random random)
    {
        await using var copy = await connection.BeginBinaryImportAsync(
            "COPY usage_metrics (id, product_id, metric, value, as_of, method, source_id) FROM STDIN (FORMAT BINARY)");
        var id = ids.UsageMetric;
        for (var p = 0; p < scale.Products; p++)
        {
            var start = Epoch.AddDays(random.Next(2000));
            var users = (long)random.Next(1_000, 1_000_000);
            // Ten facts per product: a monthly-active-users history of seven figures and three of other metrics.
            for (var k = 0; k < 10; k++)
            {
                var metric = k < 7 ? UsageMetricKind.MonthlyActiveUsers : OtherMetrics[random.Next(OtherMetrics.Length)];
                users = users * random.Next(90, 160) / 100;
                await copy.StartRowAsync();
                await copy.WriteAsync(id++, NpgsqlDbType.Integer);
                await copy.WriteAsync(ids.Product + p, NpgsqlDbType.Integer);
                await copy.WriteAsync(ConstantCase.Name(metric), NpgsqlDbType.Text);
                await copy.WriteAsync(users, NpgsqlDbType.Bigint);
                await copy.WriteAsync(start.AddDays(k * 61), NpgsqlDbType.Date);
                await copy.WriteAsync(ConstantCase.Name((MeasurementMethod)random.Next(3)), NpgsqlDbType.Text);
                await copy.WriteAsync(ids.Source + random.Next(scale.Sources), NpgsqlDbType.Integer);
            }
        }
        await copy.CompleteAsync();
    }

    private static async Task<IReadOnlyDictionary<Layer, int[]>> CategoriesAsync(NpgsqlConnection connection)
    {
        var byLayer = new Dictionary<Layer, List<int>>();
        await using var command = new NpgsqlCommand("SELECT id, layer FROM categories ORDER BY id", connection);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var layer = ConstantCase.Parse<Layer>(reader.GetString(1));
            if (!byLayer.TryGetValue(layer, out var list))
            {
                byLayer[layer] = list = [];
            }
            list.Add(reader.GetInt32(0));
        }
        if (byLayer.Count < 3)
        {
            throw new InvalidOperationException("Load the curated seed first: synthetic products are placed in its categories.");
        }
        return byLayer.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray());
    }

    private static string Name(Random random, int syllables)
    {
        var text = string.Concat(Enumerable.Range(0, syllables + random.Next(2)).Select(_ => Syllables[random.Next(Syllables.Length)]));
        return char.ToUpperInvariant(text[0]) + text[1..];
    }

    private static string Sentence(Random random) =>
        "A synthetic " + string.Join(' ', Enumerable.Range(0, 8 + random.Next(8)).Select(_ => Words[random.Next(Words.Length)])) + " product.";

    private static async Task WriteNullableAsync<T>(NpgsqlBinaryImporter copy, T? value, NpgsqlDbType type)
    {
        if (value is null)
        {
            await copy.WriteNullAsync();
        }
        else
        {
            await copy.WriteAsync(value, type);
        }
    }

    private static async Task<int> NextIdAsync(NpgsqlConnection connection, string table) =>
        (int)await ScalarAsync<int>(connection, $"SELECT coalesce(max(id), 0) + 1 FROM {table}");

    private static async Task<T> ScalarAsync<T>(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private sealed record IdBase(int Source, int Organization, int Product, int Model, int FundingRound, int UsageMetric);
}
