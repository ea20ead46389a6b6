using Landscape.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Landscape.Tests.Embeds;

/// <summary>
/// The embeds in a real headless Chromium (Debian's /usr/bin/chromium, driven by Playwright, which
/// downloads nothing) against the API on a real Kestrel port: every request the page makes goes to
/// our origin and succeeds, the tiles are the products the landscape query selects, a click opens
/// a card, and a screenshot is kept under the test output's artifacts/ folder.
/// </summary>
[Collection(PostgresGroup.Name)]
public sealed class EmbedBrowserTests(DatabaseFixture database) : IAsyncLifetime
{
    public const string Chromium = "/usr/bin/chromium";
    private LandscapeApiFactory _factory = null!;
    private IPlaywright _playwright = null!;
    private IBrowser _browser = null!;
    private Uri _origin = null!;

    public static string Artifacts { get; } = Path.Combine(AppContext.BaseDirectory, "artifacts");

    public async Task InitializeAsync()
    {
        Assert.True(File.Exists(Chromium), $"{Chromium} is missing: apt-get install -y chromium (.ci/run does).");
        _factory = new LandscapeApiFactory(await database.SeededAsync());
        _factory.UseKestrel(0);
        _factory.StartServer();
        var addresses = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        _origin = new Uri(addresses.First(a => a.StartsWith("http://", StringComparison.Ordinal)).Replace("[::]", "127.0.0.1", StringComparison.Ordinal)
            .Replace("localhost", "127.0.0.1", StringComparison.Ordinal));
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"],
        });
        Directory.CreateDirectory(Artifacts);
    }

    public async Task DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
        await _factory.DisposeAsync();
    }

    [Theory]
    [InlineData("layer=APPLICATION", "{layer: APPLICATION}", "embed-landscape.png")]
    [InlineData("asOf=2023-01-01&theme=dark", "{asOf: \"2023-01-01\"}", "embed-landscape-2023-dark.png")]
    [InlineData("category=coding,assistants", "{categorySlugs: [\"coding\", \"assistants\"]}", "embed-landscape-categories.png")]
    public async Task The_landscape_embed_loads_only_from_our_origin_and_shows_a_tile_per_selected_product(string query, string arguments,
        string screenshot)
    {
        var (page, problems) = await OpenAsync($"/embed/landscape?{query}", 1280, 900);

        var tiles = await page.Locator(".tile").CountAsync();
        var distinct = await page.EvaluateAsync<int>("() => new Set([...document.querySelectorAll('.tile')].map(t => t.dataset.product)).size");
        using var client = _factory.CreateClient();
        var map = (await client.DataAsync($$"""
            { landscape{{arguments.Replace("{", "(", StringComparison.Ordinal).Replace("}", ")", StringComparison.Ordinal)}} { productCount categories { productCount } } }
            """))["landscape"]!.AsArray();
        Assert.True(tiles > 0);
        Assert.Equal(map.SelectMany(l => l!["categories"]!.AsArray()).Sum(c => (int)c!["productCount"]!), tiles);
        Assert.Equal(map.Sum(l => (int)l!["productCount"]!), distinct);

        // A click shows that product's card, with its organization, funding, usage and sources.
        var first = page.Locator(".tile").First;
        var slug = await first.GetAttributeAsync("data-product");
        await first.ClickAsync();
        var card = page.Locator($"#card-{slug}");
        Assert.True(await card.IsVisibleAsync());
        var text = await card.InnerTextAsync();
        Assert.Contains("Organization", text, StringComparison.Ordinal);
        Assert.Contains("Funding", text, StringComparison.Ordinal);
        Assert.Contains("Latest usage", text, StringComparison.Ordinal);
        Assert.Equal(1, await page.Locator(".card:visible").CountAsync());

        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Artifacts, screenshot), FullPage = true });
        Assert.Empty(problems);
    }

    [Theory]
    [InlineData("/embed/chart/funding?interval=YEAR&layer=APPLICATION", "embed-chart-funding.png")]
    [InlineData("/embed/chart/usage?products=chatgpt,perplexity&metric=MONTHLY_ACTIVE_USERS&theme=dark", "embed-chart-usage.png")]
    public async Task Chart_embeds_draw_svg_with_no_request_elsewhere(string path, string screenshot)
    {
        var (page, problems) = await OpenAsync(path, 800, 420);
        Assert.Equal(1, await page.Locator("figure.chart svg").CountAsync());
        Assert.True(await page.Locator("svg rect.bar, svg polyline").CountAsync() > 0);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Artifacts, screenshot) });
        Assert.Empty(problems);
    }

    /// <summary>Opens a page and collects what went wrong: failed or foreign requests, error statuses, console errors (CSP violations).</summary>
    private async Task<(IPage Page, List<string> Problems)> OpenAsync(string path, int width, int height)
    {
        var page = await _browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = width, Height = height } });
        var problems = new List<string>();
        page.RequestFailed += (_, r) => problems.Add($"failed: {r.Url} {r.Failure}");
        page.Request += (_, r) =>
        {
            var url = new Uri(r.Url);
            if (url.Scheme != "data" && !(url.Host == _origin.Host && url.Port == _origin.Port))
            {
                problems.Add($"left our origin: {r.Url}");
            }
        };
        page.Response += (_, r) =>
        {
            if (r.Status >= 400)
            {
                problems.Add($"HTTP {r.Status}: {r.Url}");
            }
        };
        page.Console += (_, m) =>
        {
            if (m.Type == "error")
            {
                problems.Add($"console: {m.Text}");
            }
        };
        var response = await page.GotoAsync(new Uri(_origin, path).ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        Assert.Equal(200, response!.Status);
        Assert.Contains("frame-ancestors *", response.Headers["content-security-policy"], StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers["x-content-type-options"]);
        return (page, problems);
    }
}
