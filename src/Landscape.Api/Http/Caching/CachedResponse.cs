using System.Security.Cryptography;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace Landscape.Api.Http.Caching;

/// <summary>
/// ETag and Cache-Control for a GET answer written from a buffer: the ETag is a hash of the
/// bytes, so identical data (identical bytes) gives the same tag wherever it is served, and a
/// matching If-None-Match gets 304 with no body.
/// </summary>
public static class CachedResponse
{
    public const string ApiKeyHeader = "X-Api-Key";

    /// <summary>Requests that carry credentials are answered privately.</summary>
    public static bool HasCredentials(HttpRequest request) =>
        request.Headers.ContainsKey(HeaderNames.Authorization) || request.Headers.ContainsKey(ApiKeyHeader);

    public static string CacheControl(HttpRequest request, CachingOptions options) =>
        HasCredentials(request) ? options.PrivateCacheControl : options.PublicCacheControl;

    public static string ETagOf(ReadOnlySpan<byte> body) =>
        $"\"{Convert.ToBase64String(SHA256.HashData(body)[..16]).TrimEnd('=').Replace('+', '-').Replace('/', '_')}\"";

    /// <summary>Sets the caching headers; writes the body, or answers 304 when the client already has it.</summary>
    public static async Task WriteAsync(HttpContext http, ReadOnlyMemory<byte> body, string cacheControl)
    {
        var response = http.Response;
        var etag = ETagOf(body.Span);
        response.Headers.ETag = etag;
        response.Headers.CacheControl = cacheControl;
        // A shared cache must not hand an anonymous answer to a caller with a key, or the reverse.
        response.Headers.Append(HeaderNames.Vary, $"{HeaderNames.Authorization}, {ApiKeyHeader}");
        if (response.StatusCode == StatusCodes.Status200OK && Matches(http.Request.Headers.IfNoneMatch, etag))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            response.ContentType = null;
            return;
        }
        response.ContentLength = body.Length;
        await response.Body.WriteAsync(body, http.RequestAborted);
    }

    private static bool Matches(StringValues ifNoneMatch, string etag)
    {
        if (StringValues.IsNullOrEmpty(ifNoneMatch) || !EntityTagHeaderValue.TryParseList(ifNoneMatch, out var tags))
        {
            return false;
        }
        var ours = EntityTagHeaderValue.Parse(etag);
        // Weak comparison (RFC 9110 §13.1.2): a W/ tag a proxy made from ours still matches.
        return tags.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(ours, useStrongComparison: false));
    }
}
