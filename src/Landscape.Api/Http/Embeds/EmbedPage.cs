using System.Net;
using Landscape.Api.Http.Caching;
using Microsoft.Extensions.Options;

namespace Landscape.Api.Http.Embeds;

/// <summary>
/// The shell of every embed: our stylesheet and script only (CSP default-src 'none' plus 'self'
/// for them), so no request leaves our origin; framing allowed by the configured frame-ancestors.
/// </summary>
public static class EmbedPage
{
    public const string AssetPath = "/embed/assets";

    public static string ContentSecurityPolicy(string frameAncestors) =>
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
        $"base-uri 'none'; form-action 'none'; frame-ancestors {frameAncestors}";

    public static async Task WriteAsync(HttpContext http, string title, bool dark, string body, bool withScript)
    {
        var options = http.RequestServices.GetRequiredService<IOptions<EmbedOptions>>().Value;
        var caching = http.RequestServices.GetRequiredService<IOptions<CachingOptions>>().Value;
        var response = http.Response;
        response.ContentType = "text/html; charset=utf-8";
        response.Headers.ContentSecurityPolicy = ContentSecurityPolicy(options.FrameAncestors);
        var assets = WebUtility.HtmlEncode(http.Request.PathBase.Add(AssetPath).Value);
        var script = withScript ? $"""<script src="{assets}/embed.js" defer></script>""" : "";
        var html = $"""
            <!DOCTYPE html>
            <html lang="en" class="{(dark ? "dark" : "light")}">
            <head>
              <meta charset="utf-8">
              <meta name="viewport" content="width=device-width, initial-scale=1">
              <title>{WebUtility.HtmlEncode(title)}</title>
              <link rel="icon" href="data:,">
              <link rel="stylesheet" href="{assets}/embed.css">
              {script}
            </head>
            <body>
            {body}
            </body>
            </html>
            """;
        await CachedResponse.WriteAsync(http, System.Text.Encoding.UTF8.GetBytes(html), CachedResponse.CacheControl(http.Request, caching));
    }

    public static string Encode(string? text) => WebUtility.HtmlEncode(text ?? "");
}
