using System.Net;
using System.Text.RegularExpressions;
using Landscape.Tests.Infrastructure;

namespace Landscape.Tests.Http;

/// <summary>GraphiQL at GET /graphql for a browser, offline: the page and every asset it names come from us.</summary>
public sealed partial class GraphiQLTests : IAsyncLifetime
{
    private const string BrowserAccept = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8";

    private readonly LandscapeApiFactory _factory = new(LandscapeApiFactory.NoDatabase);
    private HttpClient _client = null!;

    public Task InitializeAsync()
    {
        _client = _factory.CreateClient();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
    }

    [Fact]
    public async Task A_browser_gets_the_page_with_a_strict_security_policy()
    {
        using var response = await GetAsync("/graphql", BrowserAccept);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        var csp = string.Join(' ', response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self';", csp, StringComparison.Ordinal);
        Assert.Contains("connect-src 'self';", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("default-src 'none'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", string.Join(',', response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Contains("Accept", response.Headers.Vary);
        Assert.Contains("data-endpoint=\"/graphql\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_asset_the_page_references_is_served_by_us()
    {
        using var page = await GetAsync("/graphql", BrowserAccept);
        var html = await page.Content.ReadAsStringAsync();
        var assets = AssetReference().Matches(html).Select(m => m.Groups["url"].Value)
            .Where(url => !url.StartsWith("data:", StringComparison.Ordinal)).ToList();

        Assert.Equal(6, assets.Count);
        Assert.All(assets, url => Assert.StartsWith("/graphiql/", url, StringComparison.Ordinal));
        foreach (var url in assets)
        {
            using var response = await _client.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: HTTP {(int)response.StatusCode}");
            var expected = url.EndsWith(".css", StringComparison.Ordinal) ? "text/css" : "text/javascript";
            Assert.Equal(expected, response.Content.Headers.ContentType!.MediaType);
            Assert.Equal("nosniff", string.Join(',', response.Headers.GetValues("X-Content-Type-Options")));
            Assert.True((await response.Content.ReadAsByteArrayAsync()).Length > 50, $"{url} is empty");
        }
    }

    [Fact]
    public async Task The_vendored_assets_are_the_published_packages_files()
    {
        var folder = Path.Combine(RepositoryPaths.Root, "src", "Landscape.Api", "Assets", "graphiql");
        foreach (var line in await File.ReadAllLinesAsync(Path.Combine(folder, "SHA256SUMS")))
        {
            var (hash, file) = (line[..64], line[66..]);
            using var response = await _client.GetAsync("/graphiql/" + file);
            var served = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(await response.Content.ReadAsByteArrayAsync()));
            Assert.True(hash == served, $"{file} differs from the vendored package file; see Assets/graphiql/README.md");
        }
    }

    [Theory]
    [InlineData("application/json")]
    [InlineData("application/graphql-response+json")]
    [InlineData("*/*")]
    public async Task A_GraphQL_client_without_a_query_still_gets_a_400_not_the_page(string accept)
    {
        using var response = await GetAsync("/graphql", accept);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("json", response.Content.Headers.ContentType!.MediaType, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_schema_is_served_as_SDL()
    {
        using var response = await _client.GetAsync("/graphql/schema.graphql");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("type Query {", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_schema_is_hidden_when_introspection_is_off()
    {
        await using var factory = _factory.WithWebHostBuilder(b => b.UseSetting("GraphQL:EnableIntrospection", "false"));
        using var client = factory.CreateClient();
        using var response = await client.GetAsync("/graphql/schema.graphql");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Unknown_assets_are_404()
    {
        using var response = await _client.GetAsync("/graphiql/README.md");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private async Task<HttpResponseMessage> GetAsync(string url, string accept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.ParseAdd(accept);
        return await _client.SendAsync(request);
    }

    [GeneratedRegex("""(?:src|href)="(?<url>[^"]+)""")]
    private static partial Regex AssetReference();
}
