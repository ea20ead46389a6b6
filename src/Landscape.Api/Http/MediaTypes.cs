namespace Landscape.Api.Http;

public static class MediaTypes
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";

    /// <summary>
    /// The response type for an Accept header, read as the GraphQL-over-HTTP reference server
    /// reads it: the first acceptable entry wins, wildcards mean application/json, a charset
    /// other than UTF-8 is not acceptable; null when nothing is.
    /// </summary>
    public static string? Negotiate(string? accept)
    {
        foreach (var entry in (string.IsNullOrWhiteSpace(accept) ? "*/*" : accept).Replace(" ", "", StringComparison.Ordinal)
                     .ToLowerInvariant().Split(','))
        {
            var parts = entry.Split(';');
            var charset = parts.Skip(1).FirstOrDefault(p => p.StartsWith("charset=", StringComparison.Ordinal)) ?? "charset=utf-8";
            if (charset is not ("charset=utf-8" or "charset=utf8"))
            {
                continue;
            }
            switch (parts[0])
            {
                case GraphQLResponse:
                    return GraphQLResponse;
                case Json or "application/*" or "*/*":
                    return Json;
            }
        }
        return null;
    }

    public static bool IsJson(string? contentType)
    {
        if (string.IsNullOrEmpty(contentType))
        {
            return false;
        }
        var mediaType = contentType.Split(';')[0].Trim();
        return mediaType.Equals(Json, StringComparison.OrdinalIgnoreCase)
            || mediaType.Equals(GraphQLResponse, StringComparison.OrdinalIgnoreCase);
    }
}
