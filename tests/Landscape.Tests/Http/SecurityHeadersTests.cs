using Landscape.Tests.Infrastructure;

namespace Landscape.Tests.Http;

/// <summary>Every answer — GraphQL, CSV, embeds, GraphiQL, health, a 404 — says nosniff and no-referrer; HTTPS answers add HSTS.</summary>
[Collection(PostgresGroup.Name)]
public sealed class SecurityHeadersTests(DatabaseFixture database) : SeededApiTests(database)
{
    [Theory]
    [InlineData("GET", "/graphql?query=%7B__typename%7D", "application/json")]
    [InlineData("POST", "/graphql", "application/json")]
    [InlineData("GET", "/graphql", "text/html")]
    [InlineData("GET", "/export/products.csv", "text/csv")]
    [InlineData("GET", "/embed/landscape?layer=MODEL", "text/html")]
    [InlineData("GET", "/healthz", "*/*")]
    [InlineData("GET", "/no-such-page", "*/*")]
    public async Task Every_answer_says_nosniff_and_no_referrer(string method, string path, string accept)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        request.Headers.Accept.ParseAdd(accept);
        if (method == "POST")
        {
            request.Content = new StringContent("""{"query":"{ __typename }"}""", System.Text.Encoding.UTF8, "application/json");
        }
        using var response = await Client.SendAsync(request);

        Assert.Equal("nosniff", string.Join(",", response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("no-referrer", string.Join(",", response.Headers.GetValues("Referrer-Policy")));
        Assert.False(response.Headers.Contains("Strict-Transport-Security"), "plain HTTP never gets HSTS");
        if (response.Content.Headers.ContentType?.MediaType == "text/html")
        {
            Assert.True(response.Headers.Contains("Content-Security-Policy"), "an HTML page keeps its CSP");
        }
    }

    [Fact]
    public async Task HTTPS_answers_outside_development_carry_HSTS()
    {
        await using var factory = new LandscapeApiFactory(await Database.SeededAsync());
        using var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri("https://catalog.example"),
        });

        using var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Contains("max-age=", string.Join(",", response.Headers.GetValues("Strict-Transport-Security")), StringComparison.Ordinal);
    }
}
