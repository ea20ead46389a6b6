using System.Net;
using Microsoft.Net.Http.Headers;

namespace Landscape.Api.Http;

/// <summary>
/// The GraphiQL page a browser gets at GET /graphql. Every script and style comes from
/// /graphiql/ (vendored, see Assets/graphiql/README.md), so the page works offline and its
/// Content-Security-Policy can allow 'self' only.
/// </summary>
public static class GraphiQLPage
{
    public const string AssetPath = "/graphiql";

    /// <summary>
    /// Inline styles are allowed because React and CodeMirror set style attributes; fonts and
    /// icons are data: URIs inside graphiql.min.css.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; connect-src 'self'; " +
        "img-src 'self' data:; font-src 'self' data:; frame-ancestors 'self'; base-uri 'none'; form-action 'none'";

    /// <summary>True for a browser's GET of the endpoint itself: no query to run, and HTML preferred.</summary>
    public static bool IsRequested(HttpRequest request) =>
        HttpMethods.IsGet(request.Method)
        && !request.Query.ContainsKey("query")
        && MediaTypes.PrefersHtml(request.Headers.Accept);

    public static Task WriteAsync(HttpContext http)
    {
        var response = http.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "text/html; charset=utf-8";
        response.Headers.Append(HeaderNames.Vary, HeaderNames.Accept);
        response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        response.Headers.XFrameOptions = "SAMEORIGIN";
        response.Headers.CacheControl = "no-cache";
        return response.WriteAsync(Html(http.Request.PathBase), http.RequestAborted);
    }

    private static string Html(PathString pathBase)
    {
        var assets = WebUtility.HtmlEncode(pathBase.Add(AssetPath).Value);
        var endpoint = WebUtility.HtmlEncode(pathBase.Add("/graphql").Value);
        return $"""
            <!DOCTYPE html>
            <html lang="en">
            <head>
              <meta charset="utf-8">
              <meta name="viewport" content="width=device-width, initial-scale=1">
              <title>Landscape GraphQL API</title>
              <link rel="icon" href="data:,">
              <link rel="stylesheet" href="{assets}/graphiql.min.css">
              <link rel="stylesheet" href="{assets}/landscape-graphiql.css">
            </head>
            <body>
              <div id="graphiql" data-endpoint="{endpoint}">Loading GraphiQL…</div>
              <script src="{assets}/react.production.min.js"></script>
              <script src="{assets}/react-dom.production.min.js"></script>
              <script src="{assets}/graphiql.min.js"></script>
              <script src="{assets}/landscape-graphiql.js"></script>
            </body>
            </html>
            """;
    }
}
