using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Landscape.Tests.Infrastructure;

public static class GraphQLClient
{
    /// <summary>POSTs a GraphQL request and returns the parsed JSON body; fails on a non-success status.</summary>
    public static async Task<JsonNode> QueryAsync(this HttpClient client, string query, object? variables = null)
    {
        using var response = await client.PostAsJsonAsync("/graphql", new { query, variables });
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"HTTP {(int)response.StatusCode}: {text}");
        return JsonNode.Parse(text)!;
    }

    /// <summary>The `data` of a response that must have no errors.</summary>
    public static async Task<JsonNode> DataAsync(this HttpClient client, string query, object? variables = null)
    {
        var body = await client.QueryAsync(query, variables);
        Assert.True(body["errors"] is null, "Unexpected errors: " + body["errors"]?.ToJsonString());
        return body["data"]!;
    }

    public static string Json(this JsonNode? node) => node?.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) ?? "null";
}
