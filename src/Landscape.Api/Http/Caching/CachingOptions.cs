namespace Landscape.Api.Http.Caching;

/// <summary>Section `Caching` of the configuration: how GET answers may be cached.</summary>
public sealed class CachingOptions
{
    public const string Section = "Caching";

    /// <summary>Cache-Control of an anonymous GET /graphql answer without errors (and of embeds and exports).</summary>
    public string PublicCacheControl { get; set; } = "public, max-age=60";

    /// <summary>
    /// Cache-Control of an answer to a request with credentials (Authorization or X-Api-Key): what
    /// a caller sees with a key may depend on the key, so no cache keeps it.
    /// </summary>
    public string PrivateCacheControl { get; set; } = "private, no-store";
}
