using System.Text;
using System.Text.Json.Nodes;
using Landscape.Tests.Infrastructure;

namespace Landscape.Tests.Hostile.Regressions;

/// <summary>Sends one raw hostile body and returns the audit's verdict with the parsed answer.</summary>
public static class RegressionClient
{
    public static async Task<(int Status, IReadOnlyList<string> Problems, JsonNode? Body)> SendAsync(
        DatabaseFixture database, string body, HostileAuth auth = HostileAuth.None)
    {
        await using var api = await HostileApi.StartAsync(database);
        using var client = api.Factory.CreateClient();
        var request = new HostileRequest("regression", "POST", "/graphql", new Dictionary<string, string>(), Encoding.UTF8.GetBytes(body), auth);
        var (status, problems, text) = await api.SendAsync(client, request);
        return (status, problems, text.Length > 0 ? JsonNode.Parse(text) : null);
    }

    public static string Request(string query, string? variablesJson = null) =>
        "{\"query\":" + System.Text.Json.JsonSerializer.Serialize(query) + (variablesJson is null ? "" : ",\"variables\":" + variablesJson) + "}";
}
