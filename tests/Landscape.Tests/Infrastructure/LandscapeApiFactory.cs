using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Landscape.Tests.Infrastructure;

/// <summary>The API in-process against a test database, with start-up migration and seeding off.</summary>
public sealed class LandscapeApiFactory(string connectionString) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Landscape", connectionString);
        builder.UseSetting("Landscape:MigrateOnStartup", "false");
        builder.UseSetting("Landscape:SeedOnStartup", "false");
    }
}
