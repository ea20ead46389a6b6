using Microsoft.Net.Http.Headers;

namespace Landscape.Api.Http;

public static class MediaTypes
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";
    public const string Html = "text/html";

    /// <summary>
    /// The response type for an Accept header, read as the GraphQL-over-HTTP reference server
    /// reads it, plus q-values: the most preferred acceptable entry wins (the first among equals),
    /// wildcards mean application/json, a charset other than UTF-8 is not acceptable; a missing
    /// header means application/json; null when nothing is acceptable (406).
    /// </summary>
    public static string? Negotiate(string? accept) => Preferred(accept, includeHtml: false);

    /// <summary>True when a browser asks: text/html ranks above every JSON type the header accepts.</summary>
    public static bool PrefersHtml(string? accept) => Preferred(accept, includeHtml: true) == Html;

    /// <summary>A POST body we read: application/json in UTF-8 (the default when no charset is given).</summary>
    public static bool IsUtf8Json(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var value)
        && value.MediaType.Equals(Json, StringComparison.OrdinalIgnoreCase)
        && IsUtf8(value);

    private static string? Preferred(string? accept, bool includeHtml)
    {
        if (string.IsNullOrWhiteSpace(accept))
        {
            return Json;
        }
        if (!MediaTypeHeaderValue.TryParseList([accept], out var entries))
        {
            return null;
        }
        // OrderByDescending is stable: among equal q-values the client's order decides.
        return entries.Where(e => e.Quality is not <= 0)
            .OrderByDescending(e => e.Quality ?? 1)
            .Select(e => Offer(e, includeHtml))
            .FirstOrDefault(type => type is not null);
    }

    private static string? Offer(MediaTypeHeaderValue entry, bool includeHtml)
    {
        var type = entry.MediaType.Value?.ToLowerInvariant();
        return type switch
        {
            GraphQLResponse when IsUtf8(entry) => GraphQLResponse,
            Json or "application/*" or "*/*" when IsUtf8(entry) => Json,
            Html when includeHtml => Html,
            _ => null,
        };
    }

    private static bool IsUtf8(MediaTypeHeaderValue value)
    {
        var charset = value.Charset.Value?.Trim('"');
        return charset is null
            || charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase)
            || charset.Equals("utf8", StringComparison.OrdinalIgnoreCase);
    }
}
