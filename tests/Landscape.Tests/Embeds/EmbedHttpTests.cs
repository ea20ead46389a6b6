using System.Net;
using System.Text.RegularExpressions;
using Landscape.Tests.Infrastructure;

namespace Landscape.Tests.Embeds;

[Collection(PostgresGroup.Name)]
public sealed partial class EmbedHttpTests(DatabaseFixture database) : SeededApiTests(database)
{
    [Theory]
    [InlineData("/embed/landscape")]
    [InlineData("/embed/chart/funding?interval=QUARTER&layer=MODEL")]
    [InlineData("/embed/chart/usage?products=chatgpt&metric=MONTHLY_ACTIVE_USERS")]
    public async Task Embeds_reference_nothing_outside_our_origin_and_may_be_framed(string path)
    {
        using var response = await Client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var csp = string.Join(' ', response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors *", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.NotNull(response.Headers.ETag);
        var html = await response.Content.ReadAsStringAsync();
        // What a browser would load: src and stylesheet href attributes are all ours (links to sources are not loaded).
        Assert.All(Loaded().Matches(html), m => Assert.StartsWith("/embed/assets/", m.Groups[1].Value, StringComparison.Ordinal));
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain(" style=", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Frame_ancestors_come_from_settings()
    {
        await using var factory = new LandscapeApiFactory(await Database.SeededAsync())
            .WithWebHostBuilder(b => b.UseSetting("Embeds:FrameAncestors", "'self' https://blog.example.org"));
        using var client = factory.CreateClient();
        using var response = await client.GetAsync("/embed/chart/funding?interval=YEAR");
        Assert.EndsWith("frame-ancestors 'self' https://blog.example.org",
            string.Join(' ', response.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_parameters_are_400()
    {
        Assert.Equal(HttpStatusCode.BadRequest, (await Client.GetAsync("/embed/landscape?layer=NOPE")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await Client.GetAsync("/embed/chart/funding?interval=DAY")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await Client.GetAsync("/embed/chart/usage?metric=NOPE")).StatusCode);
    }

    [GeneratedRegex(@"(?:<script[^>]*\ssrc|<img[^>]*\ssrc|<link[^>]*rel=""stylesheet""[^>]*\shref)=""([^""]*)""")]
    private static partial Regex Loaded();
}
