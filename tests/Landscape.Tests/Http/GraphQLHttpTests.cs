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
    public async Task A_mutation_over_GET_gets_405_with_Allow_POST()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString("mutation { __typename }"));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(GraphQLResponse));
        using var response = await Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("POST", string.Join(", ", response.Content.Headers.Allow));
        await AssertErrorsAsync(response);
    }

    [Theory]
    [InlineData("PUT")]
    [InlineData("PATCH")]
    [InlineData("HEAD")]
    public async Task Other_methods_get_405_with_Allow_GET_and_POST(string method)
    {
        using var response = await Client.SendAsync(new HttpRequestMessage(new HttpMethod(method), "/graphql"));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("GET, POST", string.Join(", ", response.Content.Headers.Allow));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_body_over_the_limit_gets_413_with_or_without_Content_Length(bool announced)
    {
        // The default limit is 256 KiB; a query padded with whitespace past it.
        var body = Encoding.UTF8.GetBytes(new JsonObject { ["query"] = "{ __typename " + new string(' ', 300 * 1024) + "}" }.ToJsonString());
        using HttpContent content = announced ? new ByteArrayContent(body) : new StreamContent(new MemoryStream(body));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await Client.PostAsync("/graphql", content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        await AssertErrorsAsync(response);
    }

    [Fact]
    public async Task A_batch_is_refused_with_400_saying_so()
    {
        using var response = await PostAsync("""[{"query":"{ __typename }"},{"query":"{ __typename }"}]""", GraphQLResponse);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Batch", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("application/json; charset=utf-16")]
    [InlineData("application/json; charset=iso-8859-1")]
    [InlineData("text/plain")]
    [InlineData("text/plain; charset=utf-8")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("multipart/form-data; boundary=x")]
    [InlineData("application/graphql")]
    public async Task Bodies_other_than_UTF8_JSON_get_415_so_simple_cross_site_posts_cannot_run(string contentType)
    {
        // text/plain, form-urlencoded and multipart are what a page can POST cross-site without a preflight.
        using var content = new ByteArrayContent("""{"query":"{ __typename }"}"""u8.ToArray());
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        using var response = await Client.PostAsync("/graphql", content);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        await AssertErrorsAsync(response);
    }

    [Theory]
    [InlineData("application/json")]
    [InlineData("application/json; charset=utf-8")]
    [InlineData("application/json;charset=UTF-8")]
    [InlineData("application/json; charset=\"utf-8\"")]
    public async Task UTF8_JSON_is_accepted_with_or_without_a_charset(string contentType)
    {
        using var content = new ByteArrayContent("""{"query":"{ product(slug: \"chatgpt\") { name } }"}"""u8.ToArray());
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        using var response = await Client.PostAsync("/graphql", content);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ChatGPT", (string?)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["data"]!["product"]!["name"]);
    }

    [Fact]
    public async Task A_UTF8_byte_order_mark_is_ignored_and_invalid_UTF8_is_a_400()
    {
        byte[] json = [.. """{"query":"{ __typename }"}"""u8];
        using (var response = await PostBytesAsync([0xEF, 0xBB, 0xBF, .. json]))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        byte[] invalid = [.. """{"query":"{ __typename } # """u8, 0xC3, 0x28, .. "\"}"u8];
        using (var response = await PostBytesAsync(invalid))
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        }
    }

    [Fact]
    public async Task Non_ASCII_text_round_trips_in_UTF8()
    {
        using var response = await PostAsync("""{"query":"{ __type(name: \"Déjà\") { name } }"}""", "application/json");
        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal("utf-8", response.Content.Headers.ContentType!.CharSet);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("null", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "application/json")]
    [InlineData("*/*", "application/json")]
    [InlineData("application/*", "application/json")]
    [InlineData("application/graphql-response+json, application/json", GraphQLResponse)]
    [InlineData("application/json, application/graphql-response+json", "application/json")]
    [InlineData("application/json;q=0.5, application/graphql-response+json", GraphQLResponse)]
    [InlineData("application/graphql-response+json;q=0, application/json", "application/json")]
    [InlineData("application/graphql-response+json; charset=latin1, application/json", "application/json")]
    public async Task The_response_type_follows_Accept_and_is_UTF8(string? accept, string expected)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("""{"query":"{ __typename }"}""", Encoding.UTF8, "application/json"),
        };
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }
        using var response = await Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected, response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType.CharSet);
    }

    [Theory]
    [InlineData("application/json; charset=iso-8859-1")]
    [InlineData("text/html")]
    [InlineData("application/json;q=0")]
    public async Task Accept_without_a_UTF8_JSON_type_gets_406(string accept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("""{"query":"{ __typename }"}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation("Accept", accept);
        using var response = await Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
    }

    [Theory]
    [InlineData("query={__typename}&variables=nope")]
    [InlineData("query={__typename}&variables=[1]")]
    [InlineData("query={__typename}&extensions=42")]
    [InlineData("query={__typename}&query={__typename}")]
    [InlineData("variables={}")]
    public async Task Malformed_GET_parameters_get_400(string parameters)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?" + parameters);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(GraphQLResponse));
        using var response = await Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await AssertErrorsAsync(response);
    }

    [Fact]
    public async Task GET_takes_variables_and_operationName_and_varies_on_Accept()
    {
        var query = Uri.EscapeDataString("query A($slug: String!) { product(slug: $slug) { name } } query B { __typename }");
        var variables = Uri.EscapeDataString("""{"slug":"chatgpt"}""");
        using var response = await Client.GetAsync($"/graphql?query={query}&variables={variables}&operationName=A");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Accept", response.Headers.Vary);
        Assert.Equal("ChatGPT", (string?)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["data"]!["product"]!["name"]);
    }

    [Fact]
    public async Task The_introspection_query_GraphiQL_sends_on_load_succeeds()
    {
        // graphql-js getIntrospectionQuery(), as GraphiQL 3 and most code generators send it.
        var query = await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Root, "tests", "Landscape.Tests", "Http", "IntrospectionQuery.graphql"));
        using var response = await PostAsync(new JsonObject { ["query"] = query, ["operationName"] = "IntrospectionQuery" }.ToJsonString(), GraphQLResponse);
        var json = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.True(response.StatusCode == HttpStatusCode.OK, json["errors"]?.ToJsonString());
        Assert.Null(json["errors"]);
        Assert.Equal("Query", (string?)json["data"]!["__schema"]!["queryType"]!["name"]);
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

    private Task<HttpResponseMessage> PostBytesAsync(byte[] body)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return Client.PostAsync("/graphql", content);
    }

    private static async Task AssertErrorsAsync(HttpResponseMessage response)
    {
        var json = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var errors = json["errors"]!.AsArray();
        Assert.NotEmpty(errors);
        Assert.All(errors, e => Assert.False(string.IsNullOrWhiteSpace((string?)e!["message"])));
    }
}
