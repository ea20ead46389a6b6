using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Landscape.Tests.Infrastructure;

/// <summary>The API in-process against a test database, with start-up migration and seeding off.</summary>
public sealed class LandscapeApiFactory(string connectionString, IReadOnlyDictionary<string, string>? settings = null)
    : WebApplicationFactory<Program>
{
    /// <summary>For tests of what needs no database (pages, assets, the schema): nothing listens on port 1.</summary>
    public const string NoDatabase = "Host=127.0.0.1;Port=1;Username=x;Database=x;Timeout=2";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Landscape", connectionString);
        builder.UseSetting("Landscape:MigrateOnStartup", "false");
        builder.UseSetting("Landscape:SeedOnStartup", "false");
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            builder.UseSetting(key, value);
        }
    }
}
