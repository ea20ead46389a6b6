using System.Text.Json;
using System.Text.Json.Nodes;

namespace Landscape.Tests.Hostile;

/// <summary>
/// What every answer to a hostile request must be: 2xx or 4xx, never 5xx; no stack trace, SQL
/// or internal type name; GraphQL errors in the spec's shape; no masked internal error either
/// (an INTERNAL_ERROR is a 500 in disguise: the input should have been refused as a 4xx).
/// </summary>
public static class ResponseAudit
{
    private static readonly string[] LeakMarkers =
    [
        "   at ", "SELECT ", "syntax error at or near", "Npgsql", "PostgresException", "System.", "Landscape.", "Exception",
        "invalid byte sequence", "SQLSTATE", "EntityFramework",
    ];

    /// <summary>Everything wrong with one answer; empty when it is acceptable.</summary>
    public static IReadOnlyList<string> Check(string requestText, int status, string? mediaType, string body)
    {
        var problems = new List<string>();
        if (status is < 200 or >= 500 || status is >= 300 and < 400)
        {
            problems.Add($"HTTP {status}");
        }
        // A marker the request itself carried may come back quoted (e.g. a search term echoed
        // in a parse error); only one the request did not carry is a leak.
        foreach (var marker in LeakMarkers)
        {
            if (body.Contains(marker, StringComparison.Ordinal) && !requestText.Contains(marker, StringComparison.Ordinal))
            {
                problems.Add($"leaks \"{marker}\"");
            }
        }
        if (mediaType is "application/json" or "application/graphql-response+json")
        {
            CheckShape(body, problems);
        }
        return problems;
    }

    private static void CheckShape(string body, List<string> problems)
    {
        JsonNode? json;
        try
        {
            json = JsonNode.Parse(body);
        }
        catch (JsonException)
        {
            problems.Add("a JSON media type with a body that is not JSON");
            return;
        }
        if (json is not JsonObject root || (root["data"] is null && root["errors"] is null && !root.ContainsKey("data")))
        {
            problems.Add("not a GraphQL response (neither data nor errors)");
            return;
        }
        if (root["errors"] is null)
        {
            return;
        }
        if (root["errors"] is not JsonArray errors || errors.Count == 0)
        {
            problems.Add("errors is not a non-empty list");
            return;
        }
        foreach (var error in errors)
        {
            if (error is not JsonObject e || e["message"] is not JsonValue message || message.GetValueKind() != JsonValueKind.String)
            {
                problems.Add("an error without a string message");
                continue;
            }
            if ((string?)e["extensions"]?["code"] == "INTERNAL_ERROR")
            {
                problems.Add("INTERNAL_ERROR (a masked server error)");
            }
        }
    }
}
