using System.Text.Json;

namespace Landscape.Api.Http;

/// <summary>The parameters of a GraphQL-over-HTTP request, from a GET query string or a POST JSON body.</summary>
public sealed record GraphQLHttpRequest(string? Query, string? OperationName, JsonElement? Variables, JsonElement? Extensions)
{
    /// <summary>A persisted document named instead of a query ("sha256:&lt;hex&gt;").</summary>
    public string? DocumentId { get; init; }

    /// <summary>Reads a POST body; null with a reason when it is not a well-formed request object.</summary>
    public static GraphQLHttpRequest? FromJson(JsonElement body, out string? problem)
    {
        problem = null;
        if (body.ValueKind == JsonValueKind.Array)
        {
            problem = "Batched requests (a JSON array) are not supported; send one request object.";
            return null;
        }
        if (body.ValueKind != JsonValueKind.Object)
        {
            problem = "The body must be a JSON object with a `query`.";
            return null;
        }
        string? query = null, operationName = null, documentId = null;
        JsonElement? variables = null, extensions = null;
        foreach (var property in body.EnumerateObject())
        {
            switch (property.Name)
            {
                case "query" when property.Value.ValueKind is JsonValueKind.String or JsonValueKind.Null:
                    query = property.Value.GetString();
                    break;
                case "operationName" when property.Value.ValueKind is JsonValueKind.String or JsonValueKind.Null:
                    operationName = property.Value.GetString();
                    break;
                case "documentId" when property.Value.ValueKind is JsonValueKind.String or JsonValueKind.Null:
                    documentId = property.Value.GetString();
                    break;
                case "variables" when property.Value.ValueKind is JsonValueKind.Object or JsonValueKind.Null:
                    variables = property.Value.ValueKind == JsonValueKind.Null ? null : property.Value;
                    break;
                case "extensions" when property.Value.ValueKind is JsonValueKind.Object or JsonValueKind.Null:
                    extensions = property.Value.ValueKind == JsonValueKind.Null ? null : property.Value;
                    break;
                case "query" or "operationName" or "documentId":
                    problem = $"`{property.Name}` must be a string.";
                    return null;
                case "variables" or "extensions":
                    problem = $"`{property.Name}` must be a JSON object.";
                    return null;
            }
        }
        return new GraphQLHttpRequest(query, operationName, variables, extensions) { DocumentId = documentId };
    }

    /// <summary>Reads GET parameters; variables and extensions are JSON-encoded strings.</summary>
    public static (GraphQLHttpRequest? Request, RequestProblem? Problem) FromQueryString(IQueryCollection parameters)
    {
        string? problem = null;
        if (parameters["query"].Count > 1 || parameters["operationName"].Count > 1 || parameters["documentId"].Count > 1)
        {
            return (null, RequestProblem.BadRequest("Each parameter may be given once."));
        }
        var variables = ParseObject(parameters["variables"], "variables", ref problem);
        var extensions = ParseObject(parameters["extensions"], "extensions", ref problem);
        if (problem is not null)
        {
            return (null, RequestProblem.BadRequest(problem));
        }
        var operationName = parameters["operationName"].ToString();
        var documentId = parameters["documentId"].ToString();
        return (new GraphQLHttpRequest(parameters["query"].ToString(), operationName.Length == 0 ? null : operationName,
            variables, extensions) { DocumentId = documentId.Length == 0 ? null : documentId }, null);
    }

    private static JsonElement? ParseObject(Microsoft.Extensions.Primitives.StringValues values, string name, ref string? problem)
    {
        var text = values.ToString();
        if (values.Count == 0 || text.Length == 0)
        {
            return null;
        }
        try
        {
            using var document = JsonDocument.Parse(text);
            if (document.RootElement.ValueKind == JsonValueKind.Null)
            {
                return null;
            }
            if (document.RootElement.ValueKind == JsonValueKind.Object && !JsonUnicode.IsValid(document.RootElement))
            {
                problem ??= JsonUnicode.Problem;
                return null;
            }
            if (document.RootElement.ValueKind == JsonValueKind.Object)
            {
                return document.RootElement.Clone();
            }
        }
        catch (JsonException)
        {
        }
        problem ??= $"`{name}` must be a JSON-encoded object.";
        return null;
    }
}
