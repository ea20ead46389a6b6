using Microsoft.Extensions.FileProviders;

namespace Landscape.Api.Http;

public static class EmbeddedAssets
{
    /// <summary>
    /// Serves the files embedded as <c>{prefix}.{file}</c> (see the csproj's LogicalName) under
    /// <paramref name="requestPath"/>, so the pages work from any working directory; cached for an hour.
    /// </summary>
    public static void UseEmbeddedAssets(this WebApplication app, PathString requestPath, string prefix) =>
        app.UseStaticFiles(new StaticFileOptions
        {
            RequestPath = requestPath,
            FileProvider = new EmbeddedFileProvider(typeof(EmbeddedAssets).Assembly, prefix),
            OnPrepareResponse = context =>
            {
                context.Context.Response.Headers.CacheControl = "public, max-age=3600";
            },
        });
}
