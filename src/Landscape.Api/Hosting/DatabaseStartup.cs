using Landscape.Data;
using Landscape.Data.Seed;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Landscape.Api.Hosting;

/// <summary>Migrates and seeds before the server starts listening, when the settings ask for it.</summary>
public sealed class DatabaseStartup(IServiceProvider services, IOptions<LandscapeOptions> options, ILogger<DatabaseStartup> logger)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!settings.MigrateOnStartup && !settings.SeedOnStartup)
        {
            return;
        }
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LandscapeDbContext>();
        if (settings.MigrateOnStartup)
        {
            await db.Database.MigrateAsync(cancellationToken);
            logger.LogInformation("Database migrated");
        }
        if (settings.SeedOnStartup)
        {
            var folder = SeedFolder.Resolve(settings.SeedPath);
            var (report, problems) = await scope.ServiceProvider.GetRequiredService<SeedPipeline>()
                .LoadFolderAsync(folder, scope.ServiceProvider.GetRequiredService<LandscapeDbContext>(), cancellationToken);
            if (report is null)
            {
                throw new InvalidOperationException(
                    $"The seed data in {folder} has {problems.Count} problem(s); run `seed validate` to list them.");
            }
            logger.LogInformation("Seed loaded from {Folder}: {Report}", folder, report.Changed ? report.ToString() : "unchanged");
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
