using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Landscape.Tests.Infrastructure;

namespace Landscape.Tests.Http;

[Collection(PostgresGroup.Name)]
public sealed class GraphQLHttpTests(DatabaseFixture database) : SeededApiTests(database)
{
    private const string GraphQLResponse = "application/graphql-response+json";

    [Theory]
    [InlineData("{\"query\": ")]
    [InlineData("not json at all")]
    [InlineData("[1, 2]")]
    [InlineData("{\"query\": 42}")]
    [InlineData("{\"query\": \"{ products { totalCount } }\", \"variables\": \"nope\"}")]
    [InlineData("{}")]
    public async Task A_malformed_request_gets_400_with_a_spec_shaped_error(string body)
    {
        using var response = await PostAsync(body, GraphQLResponse);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await AssertErrorsAsync(response);
    }

    [Theory]
    [InlineData("{ products { nope } }")]
    [InlineData("{ product(slug: 1) { name } }")]
    [InlineData("{ product { name } }")]
    [InlineData("query { ")]
    public async Task An_invalid_query_gets_a_spec_shaped_error_400_or_200_by_media_type(string query)
    {
        var body = new JsonObject { ["query"] = query }.ToJsonString();

        using var strict = await PostAsync(body, GraphQLResponse);
        Assert.Equal(HttpStatusCode.BadRequest, strict.StatusCode);
        Assert.Equal(GraphQLResponse, strict.Content.Headers.ContentType!.MediaType);
        await AssertErrorsAsync(strict);

        using var legacy = await PostAsync(body, "application/json");
        Assert.Equal(HttpStatusCode.OK, legacy.StatusCode);
        Assert.Equal("application/json", legacy.Content.Headers.ContentType!.MediaType);
        await AssertErrorsAsync(legacy);
    }

    [Fact]
    public async Task Get_works_for_queries()
    {
        using var response = await Client.GetAsync("/graphql?query=" + Uri.EscapeDataString("{ product(slug: \"chatgpt\") { name } }"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("ChatGPT", (string?)json["data"]!["product"]!["name"]);
    }

    [Fact]
    public async Task Unsupported_method_gets_405_with_Allow()
    {
        using var response = await Client.DeleteAsync("/graphql");
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("POST", response.Content.Headers.Allow);
    }

    [Fact]
    public async Task Wrong_content_type_gets_415()
    {
        using var content = new StringContent("{ products { totalCount } }", Encoding.UTF8, "text/plain");
        using var response = await Client.PostAsync("/graphql", content);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task Unacceptable_accept_gets_406()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("""{"query":"{ products { totalCount } }"}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/xml"));
        using var response = await Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
    }

    [Fact]
    public async Task Health_and_readiness_answer()
    {
        Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync("/healthz")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync("/readyz")).StatusCode);
    }

    private Task<HttpResponseMessage> PostAsync(string body, string accept)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
        return Client.SendAsync(request);
    }

    private static async Task AssertErrorsAsync(HttpResponseMessage response)
    {
        var json = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var errors = json["errors"]!.AsArray();
        Assert.NotEmpty(errors);
        Assert.All(errors, e => Assert.False(string.IsNullOrWhiteSpace((string?)e!["message"])));
    }
}
