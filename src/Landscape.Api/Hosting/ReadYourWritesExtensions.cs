using Landscape.Data;

namespace Landscape.Api.Hosting;

public static class ReadYourWritesExtensions
{
    /// <summary>
    /// Binds each request's <see cref="ReadYourWrites"/> switch to the request, so a write on the
    /// primary anywhere in it sends the request's later reads to the primary too.
    /// </summary>
    public static WebApplication UseReadYourWrites(this WebApplication app)
    {
        app.Use(async (http, next) =>
        {
            // In an async lambda, so the binding ends with the request.
            http.RequestServices.GetRequiredService<ReadYourWrites>().Enter();
            await next(http);
        });
        return app;
    }
}
