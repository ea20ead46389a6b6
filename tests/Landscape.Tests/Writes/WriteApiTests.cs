using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Landscape.Api.Auth;
using Landscape.Data.Entities;
using Landscape.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Landscape.Tests.Writes;

[Collection(PostgresGroup.Name)]
public sealed class WriteApiTests(DatabaseFixture database) : IAsyncLifetime
{
    private LandscapeApiFactory _factory = null!;
    private string _cs = "";

    public async Task InitializeAsync()
    {
        _cs = await database.WritableAsync();
        OrganizationIds.ConnectionString = _cs;
        _factory = new LandscapeApiFactory(_cs);
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task A_mutation_without_a_valid_key_never_executes()
    {
        var slug = Slug("nokey");
        foreach (var client in new[] { Client(null), Client("lsk_not-a-real-key") })
        {
            var body = await client.QueryAsync(CreateProduct(slug));
            Assert.Equal("UNAUTHENTICATED", (string?)body["errors"]![0]!["extensions"]!["code"]);
        }
        Assert.False(await ExistsAsync(slug));
    }

    [Fact]
    public async Task An_analyst_key_cannot_do_what_needs_an_admin_and_viewer_reflects_the_key()
    {
        var analyst = Client(await KeyAsync(ApiKeyRole.Analyst));
        var body = await analyst.QueryAsync("""mutation { createCategory(input: {slug: "x-forbidden", name: "X", layer: MODEL}) { category { slug } } }""");
        Assert.Equal("FORBIDDEN", (string?)body["errors"]![0]!["extensions"]!["code"]);

        var viewer = (await analyst.DataAsync("{ viewer { authenticated role keyName } }"))["viewer"]!;
        Assert.True((bool)viewer["authenticated"]!);
        Assert.Equal("ANALYST", (string?)viewer["role"]);

        var admin = Client(await KeyAsync(ApiKeyRole.Admin));
        var category = await admin.DataAsync($$"""mutation { createCategory(input: {slug: "{{Slug("cat")}}", name: "Agents", layer: APPLICATION}) { category { slug layer } userErrors { code } } }""");
        Assert.Empty(category["createCategory"]!["userErrors"]!.AsArray());
    }

    [Fact]
    public async Task A_created_product_is_readable_and_its_creation_is_in_the_history_with_the_key_name()
    {
        var (client, keyName) = await AnalystAsync();
        var slug = Slug("widget");
        var data = await client.DataAsync(CreateProduct(slug, organization: "openai"));

        var payload = data["createProduct"]!;
        Assert.Empty(payload["userErrors"]!.AsArray());
        Assert.Equal(1, (int)payload["product"]!["version"]!);
        var read = await client.DataAsync($$"""{ product(slug: "{{slug}}") { organization { slug } categories { slug } history { nodes { action actor after } } } }""");
        Assert.Equal("openai", (string?)read["product"]!["organization"]!["slug"]);
        var history = read["product"]!["history"]!["nodes"]!.AsArray();
        var created = Assert.Single(history);
        Assert.Equal("CREATE", (string?)created!["action"]);
        Assert.Equal($"key:{keyName}", (string?)created["actor"]);
        Assert.Contains(slug, (string?)created["after"]);
    }

    [Fact]
    public async Task Every_failing_field_is_reported_at_once_with_its_path_and_code_and_nothing_is_written()
    {
        var (client, _) = await AnalystAsync();
        var changesBefore = await CountChangesAsync();
        var data = await client.DataAsync("""
            mutation { createProduct(input: {slug: "Not A Slug", name: "", layer: MODEL, categorySlugs: ["assistants", "no-such-category"],
                homepageUrl: "ftp://example.com", launchedOn: "2999-01-01"}) { product { id } userErrors { field code message } } }
            """);

        var errors = data["createProduct"]!["userErrors"]!.AsArray()
            .Select(e => (Field: string.Join('.', e!["field"]!.AsArray().Select(f => (string)f!)), Code: (string)e["code"]!)).ToList();
        Assert.Null(data["createProduct"]!["product"]);
        Assert.Contains(("input.slug", "INVALID_SLUG"), errors);
        Assert.Contains(("input.name", "REQUIRED"), errors);
        Assert.Contains(("input.homepageUrl", "INVALID_URL"), errors);
        Assert.Contains(("input.launchedOn", "DATE_IN_FUTURE"), errors);
        Assert.Contains(("input.categorySlugs.1", "UNKNOWN_REFERENCE"), errors);
        Assert.Contains(("input.categorySlugs", "CATEGORY_LAYER_MISMATCH"), errors);
        Assert.Equal(changesBefore, await CountChangesAsync());
    }

    [Fact]
    public async Task A_launch_before_the_organization_was_founded_is_refused()
    {
        var (client, _) = await AnalystAsync();
        var data = await client.DataAsync(CreateProduct(Slug("early"), organization: "openai", launchedOn: "2010-01-01"));
        Assert.Contains(data["createProduct"]!["userErrors"]!.AsArray(), e => (string?)e!["code"] == "BEFORE_FOUNDING");
    }

    [Fact]
    public async Task A_name_very_close_to_an_existing_product_is_refused_unless_intended()
    {
        var (client, _) = await AnalystAsync();
        var refused = await client.DataAsync(CreateProduct(Slug("mj"), name: "Midjourny"));
        var error = Assert.Single(refused["createProduct"]!["userErrors"]!.AsArray());
        Assert.Equal("POSSIBLE_DUPLICATE", (string?)error!["code"]);
        Assert.Contains("midjourney", (string?)error["message"]);

        var allowed = await client.DataAsync(CreateProduct(Slug("mj"), name: "Midjourny", allowSimilarName: true));
        Assert.Empty(allowed["createProduct"]!["userErrors"]!.AsArray());
    }

    [Fact]
    public async Task Funding_rounds_are_validated_sourced_and_never_recorded_twice()
    {
        var (client, _) = await AnalystAsync();
        var organization = await CreateOrganizationAsync(client);
        var microsoft = (string)(await client.DataAsync("""{ organization(slug: "microsoft") { id } }"""))["organization"]!["id"]!;
        var round = $$"""
            mutation($amountUsd: Float, $currency: String) { addFundingRound(input: {organizationId: "{{organization}}", announcedOn: "2024-05-01", roundType: SERIES_A,
                amount: 5000000, currency: $currency, amountUsd: $amountUsd, investors: [{organizationId: "{{microsoft}}", isLead: true}],
                source: {url: "https://example.com/{{Slug("news")}}", title: "Acme raises", publisher: "Example News", publishedOn: "2024-05-01"} })
              { fundingRound { id roundType amountUsd investors { isLead investor { slug } } source { publisher } } userErrors { field code } } }
            """;

        var invalid = await client.DataAsync(round, new { amountUsd = (double?)null, currency = "usd" });
        var codes = invalid["addFundingRound"]!["userErrors"]!.AsArray().Select(e => (string)e!["code"]!).ToList();
        Assert.Contains("USD_AMOUNT_REQUIRED", codes);
        Assert.Contains("INVALID_CURRENCY", codes);

        var added = await client.DataAsync(round, new { amountUsd = 5_000_000.0, currency = "USD" });
        Assert.Empty(added["addFundingRound"]!["userErrors"]!.AsArray());
        Assert.Equal("microsoft", (string?)added["addFundingRound"]!["fundingRound"]!["investors"]![0]!["investor"]!["slug"]);

        var twice = await client.DataAsync(round.Replace("https://example.com/", "https://example.com/again-", StringComparison.Ordinal),
            new { amountUsd = 5_000_000.0, currency = "USD" });
        Assert.Contains(twice["addFundingRound"]!["userErrors"]!.AsArray(), e => (string?)e!["code"] == "DUPLICATE");
    }

    [Fact]
    public async Task A_fact_without_a_source_is_refused()
    {
        var (client, _) = await AnalystAsync();
        var product = await CreateProductAsync(client);
        var body = await client.QueryAsync($$"""
            mutation { addUsageMetric(input: {productId: "{{product}}", metric: MONTHLY_ACTIVE_USERS, value: -5, asOf: "2024-01-01",
                method: COMPANY_REPORTED, source: {url: "not a url"} }) { usageMetric { id } userErrors { field code } } }
            """);
        var codes = body["data"]!["addUsageMetric"]!["userErrors"]!.AsArray().Select(e => (string)e!["code"]!).ToList();
        Assert.Contains("NEGATIVE", codes);
        Assert.Contains("INVALID_URL", codes);
    }

    [Fact]
    public async Task A_stale_version_gets_CONFLICT_with_the_current_version_and_writes_nothing()
    {
        var (client, _) = await AnalystAsync();
        var product = await CreateProductAsync(client);
        var first = await client.DataAsync(Update(product, 1, "First"));
        Assert.Equal(2, (int)first["updateProduct"]!["product"]!["version"]!);

        var stale = await client.DataAsync(Update(product, 1, "Stale"));
        var error = Assert.Single(stale["updateProduct"]!["userErrors"]!.AsArray());
        Assert.Equal("CONFLICT", (string?)error!["code"]);
        Assert.Contains("current version is 2", (string?)error["message"]);
        var read = await client.DataAsync($$"""query { node(id: "{{product}}") { ... on Product { description version } } }""");
        Assert.Equal("First", (string?)read["node"]!["description"]);
    }

    [Fact]
    public async Task Twenty_concurrent_updates_from_one_version_have_exactly_one_winner()
    {
        var (client, key) = await AnalystAsync();
        var product = await CreateProductAsync(client);
        var secret = _keys[key];

        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(async i =>
            await Client(secret).DataAsync(Update(product, 1, $"Writer {i}"))));

        var winners = results.Where(r => r["updateProduct"]!["product"] is not null).ToList();
        var conflicts = results.Count(r => r["updateProduct"]!["userErrors"]!.AsArray().Any(e => (string?)e!["code"] == "CONFLICT"));
        Assert.Single(winners);
        Assert.Equal(19, conflicts);
        var final = await client.DataAsync($$"""query { node(id: "{{product}}") { ... on Product { version description history { totalCount nodes { action after } } } } }""");
        Assert.Equal(2, (int)final["node"]!["version"]!);
        Assert.Equal((string?)winners[0]["updateProduct"]!["product"]!["description"], (string?)final["node"]!["description"]);
        Assert.Equal(2, (int)final["node"]!["history"]!["totalCount"]!);
        Assert.Contains((string)final["node"]!["description"]!, (string?)final["node"]!["history"]!["nodes"]![0]!["after"]);
    }

    [Fact]
    public async Task Archiving_takes_a_product_out_of_reads_and_keeps_its_history()
    {
        var (client, _) = await AnalystAsync();
        var product = await CreateProductAsync(client);
        var archived = await client.DataAsync($$"""mutation { archiveProduct(input: {id: "{{product}}", expectedVersion: 1}) { product { id } userErrors { code } } }""");
        Assert.Empty(archived["archiveProduct"]!["userErrors"]!.AsArray());

        Assert.Null((await client.DataAsync($$"""query { node(id: "{{product}}") { id } }"""))["node"]);
        var changes = (await client.DataAsync($$"""query { changes(entityId: "{{product}}") { nodes { action } } }"""))["changes"]!["nodes"]!.AsArray();
        Assert.Equal(["ARCHIVE", "CREATE"], changes.Select(c => (string)c!["action"]!));
    }

    [Fact]
    public async Task Category_and_model_links_are_added_and_removed_each_answering_its_own_payload_type()
    {
        var (client, _) = await AnalystAsync();
        var product = await CreateProductAsync(client);
        var model = (string)(await client.DataAsync("{ models(first: 1) { nodes { id } } }"))["models"]!["nodes"]![0]!["id"]!;
        async Task<JsonNode> LinkAsync(string mutation, string target)
        {
            var data = await client.DataAsync($$"""
                mutation { {{mutation}}(input: {productId: "{{product}}", {{target}}}) {
                  __typename product { categories { slug } builtOn { id } } userErrors { field code } } }
                """);
            return data[mutation]!;
        }
        string[] Categories(JsonNode payload) => [.. payload["product"]!["categories"]!.AsArray().Select(c => (string)c!["slug"]!).Order()];

        var added = await LinkAsync("addProductCategory", "categorySlug: \"coding\"");
        Assert.Equal("AddProductCategoryPayload", (string?)added["__typename"]);
        Assert.Equal(["assistants", "coding"], Categories(added));
        var again = await LinkAsync("addProductCategory", "categorySlug: \"coding\"");
        Assert.Equal("DUPLICATE", (string?)again["userErrors"]![0]!["code"]);
        Assert.Equal(["input", "categorySlug"], again["userErrors"]![0]!["field"]!.AsArray().Select(f => (string)f!));

        var removed = await LinkAsync("removeProductCategory", "categorySlug: \"assistants\"");
        Assert.Equal("RemoveProductCategoryPayload", (string?)removed["__typename"]);
        Assert.Equal(["coding"], Categories(removed));

        var built = await LinkAsync("addProductModel", $"modelId: \"{model}\"");
        Assert.Equal("AddProductModelPayload", (string?)built["__typename"]);
        Assert.Equal([model], built["product"]!["builtOn"]!.AsArray().Select(m => (string)m!["id"]!));
        var unbuilt = await LinkAsync("removeProductModel", $"modelId: \"{model}\"");
        Assert.Equal("RemoveProductModelPayload", (string?)unbuilt["__typename"]);
        Assert.Empty(unbuilt["product"]!["builtOn"]!.AsArray());

        // The input types say what each link needs: a model link without a model is refused before it runs.
        var incomplete = await client.QueryAsync($$"""mutation { addProductModel(input: {productId: "{{product}}"}) { userErrors { code } } }""");
        Assert.Null(incomplete["data"]);
        Assert.Contains("modelId", (string?)incomplete["errors"]![0]!["message"]);
    }

    [Fact]
    public async Task Only_an_admin_removes_a_fact()
    {
        var (client, _) = await AnalystAsync();
        var product = await CreateProductAsync(client);
        var added = await client.DataAsync($$"""
            mutation { addUsageMetric(input: {productId: "{{product}}", metric: MONTHLY_ACTIVE_USERS, value: 1000, asOf: "2024-01-01",
                method: COMPANY_REPORTED, source: {url: "https://example.com/{{Slug("u")}}", title: "Users"} }) { usageMetric { id version } userErrors { code } } }
            """);
        var usage = (string)added["addUsageMetric"]!["usageMetric"]!["id"]!;
        var remove = $$"""mutation { removeUsageMetric(input: {id: "{{usage}}", expectedVersion: 1}) { usageMetric { id } userErrors { code } } }""";

        Assert.Equal("FORBIDDEN", (string?)(await client.QueryAsync(remove))["errors"]![0]!["extensions"]!["code"]);
        var removed = await Client(await KeyAsync(ApiKeyRole.Admin)).DataAsync(remove);
        Assert.Empty(removed["removeUsageMetric"]!["userErrors"]!.AsArray());
        Assert.Null((await client.DataAsync($$"""query { node(id: "{{usage}}") { id } }"""))["node"]);
    }

    [Fact]
    public async Task A_failed_write_leaves_no_history_record()
    {
        var (client, _) = await AnalystAsync();
        var product = await CreateProductAsync(client);
        await client.DataAsync(Update(product, 7, "Wrong version"));
        var history = (await client.DataAsync($$"""query { changes(entityId: "{{product}}") { totalCount } }"""))["changes"]!;
        Assert.Equal(1, (int)history["totalCount"]!);
    }

    [Fact]
    public async Task Import_in_a_dry_run_counts_and_writes_nothing_then_imports_all_or_nothing()
    {
        var (client, _) = await AnalystAsync();
        var slug = Slug("imported");
        var document = $$"""
            sources:
              - url: https://example.com/{{slug}}
                title: Imported
                publisher: Example
            products:
              - slug: {{slug}}
                name: Imported {{slug}}
                organization: openai
                layer: APPLICATION
                categories: [assistants]
                launched_on: 2024-02-01
                usage:
                  - metric: MONTHLY_ACTIVE_USERS
                    value: 12345
                    as_of: 2024-03-01
                    method: COMPANY_REPORTED
                    source: https://example.com/{{slug}}
            """;
        const string Import = """
            mutation($doc: String!, $dry: Boolean) { importCatalog(input: {document: $doc, dryRun: $dry}) {
              dryRun applied counts { kind created updated unchanged } problems { line field code message } userErrors { code } } }
            """;

        var dry = (await client.DataAsync(Import, new { doc = document, dry = true }))["importCatalog"]!;
        Assert.False((bool)dry["applied"]!);
        Assert.Equal(1, (int)dry["counts"]!.AsArray().Single(c => (string?)c!["kind"] == "products")!["created"]!);
        Assert.False(await ExistsAsync(slug));

        var broken = document.Replace("layer: APPLICATION", "layer: APP", StringComparison.Ordinal).Replace("organization: openai", "organization: nobody", StringComparison.Ordinal);
        var refused = (await client.DataAsync(Import, new { doc = broken, dry = false }))["importCatalog"]!;
        var problems = refused["problems"]!.AsArray();
        Assert.Contains(problems, p => (string?)p!["code"] == "INVALID_ENUM" && (int)p["line"]! > 0);
        Assert.Contains(problems, p => (string?)p!["code"] == "UNKNOWN_REFERENCE");
        Assert.False(await ExistsAsync(slug));

        var real = (await client.DataAsync(Import, new { doc = document, dry = false }))["importCatalog"]!;
        Assert.True((bool)real["applied"]!);
        Assert.True(await ExistsAsync(slug));
        var again = (await client.DataAsync(Import, new { doc = document, dry = false }))["importCatalog"]!;
        Assert.All(again["counts"]!.AsArray(), c => Assert.Equal(0, (int)c!["created"]! + (int)c["updated"]!));
    }

    [Fact]
    public async Task An_oversized_import_is_refused()
    {
        var (client, _) = await AnalystAsync();
        var body = await client.DataAsync("mutation($doc: String!) { importCatalog(input: {document: $doc}) { applied userErrors { code } } }",
            new { doc = new string('#', 200_001) });
        Assert.Equal("TOO_LARGE", (string?)body["importCatalog"]!["userErrors"]![0]!["code"]);
    }

    private readonly Dictionary<string, string> _keys = [];

    private async Task<(HttpClient Client, string KeyName)> AnalystAsync()
    {
        var secret = await KeyAsync(ApiKeyRole.Analyst);
        return (Client(secret), _keys.Single(k => k.Value == secret).Key);
    }

    private async Task<string> KeyAsync(ApiKeyRole role)
    {
        var secret = ApiKeySecret.Generate();
        var name = Slug("key");
        await using var db = DatabaseFixture.CreateContext(_cs);
        db.ApiKeys.Add(new ApiKey { Name = name, Role = role, KeyHash = ApiKeySecret.Hash(secret), CreatedAt = DateTimeOffset.UtcNow });
        await db.SaveChangesAsync();
        _keys[name] = secret;
        return secret;
    }

    private HttpClient Client(string? key)
    {
        var client = _factory.CreateClient();
        if (key is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }
        return client;
    }

    private static string Slug(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..(prefix.Length + 13)];

    private static string CreateProduct(string slug, string? name = null, string? organization = null, string launchedOn = "2024-01-15",
        bool allowSimilarName = false) => $$"""
        mutation { createProduct(input: {slug: "{{slug}}", name: "{{name ?? "Product " + slug}}", layer: APPLICATION, categorySlugs: ["assistants"],
            launchedOn: "{{launchedOn}}", homepageUrl: "https://example.com/{{slug}}", allowSimilarName: {{(allowSimilarName ? "true" : "false")}}
            {{(organization is null ? "" : $", organizationId: \"{OrganizationIds.Get(organization)}\"")}} })
          { product { id slug version } userErrors { field code message } } }
        """;

    private static string Update(string id, int version, string description) => $$"""
        mutation { updateProduct(input: {id: "{{id}}", expectedVersion: {{version}}, description: "{{description}}"})
          { product { id version description } userErrors { field code message } } }
        """;

    private static async Task<string> CreateProductAsync(HttpClient client)
    {
        var data = await client.DataAsync(CreateProduct(Slug("p")));
        return (string)data["createProduct"]!["product"]!["id"]!;
    }

    private static async Task<string> CreateOrganizationAsync(HttpClient client)
    {
        var data = await client.DataAsync($$"""
            mutation { createOrganization(input: {slug: "{{Slug("org")}}", name: "Acme {{Guid.NewGuid():N}}", kind: COMPANY, foundedYear: 2020, hqCountry: "US"})
              { organization { id } userErrors { code } } }
            """);
        return (string)data["createOrganization"]!["organization"]!["id"]!;
    }

    private async Task<bool> ExistsAsync(string slug)
    {
        await using var db = DatabaseFixture.CreateContext(_cs);
        return await db.Products.IgnoreQueryFilters().AnyAsync(p => p.Slug == slug);
    }

    private async Task<int> CountChangesAsync()
    {
        await using var db = DatabaseFixture.CreateContext(_cs);
        return await db.Changes.CountAsync();
    }

    /// <summary>Global ids of seeded organizations (ids are assigned in seed order; look them up once).</summary>
    private static class OrganizationIds
    {
        public static string Get(string slug) => Landscape.Api.Graph.Types.GlobalId.Encode("Organization", Lookup(slug));

        private static int Lookup(string slug)
        {
            using var db = DatabaseFixture.CreateContext(ConnectionString!);
            return db.Organizations.Single(o => o.Slug == slug).Id;
        }

        public static string? ConnectionString { get; set; }
    }
}
