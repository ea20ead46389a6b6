namespace Landscape.Api.Http;

/// <summary>
/// Headers every answer carries, whatever wrote it (GraphQL, embeds, CSV, assets, health, a 404):
/// no content sniffing, no referrer sent on from our pages, and outside Development HSTS on
/// HTTPS requests (ASP.NET Core's own: never on plain HTTP, never for localhost). HTML pages add
/// their own Content-Security-Policy.
/// </summary>
public static class SecurityHeaders
{
    public static void UseSecurityHeaders(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }
        app.Use((context, next) =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            return next(context);
        });
    }
}
