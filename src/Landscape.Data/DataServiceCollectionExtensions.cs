using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Landscape.Data;

public static class DataServiceCollectionExtensions
{
    /// <summary>The one place the Npgsql/EF options are set, for the app, the CLI verbs and design time.</summary>
    public static DbContextOptionsBuilder UseLandscapeDatabase(this DbContextOptionsBuilder options, string connectionString) =>
        options.UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history"))
            .UseSnakeCaseNamingConvention();

    public static IServiceCollection AddLandscapeData(this IServiceCollection services, string connectionString)
    {
        services.AddDbContextPool<LandscapeDbContext>(o => o.UseLandscapeDatabase(connectionString));
        services.AddPooledDbContextFactory<LandscapeDbContext>(o => o.UseLandscapeDatabase(connectionString));
        return services;
    }

    /// <summary>A readable connection description for logs: host, port and database, never the password.</summary>
    public static string Describe(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        return $"{builder.Host}:{builder.Port}/{builder.Database}";
    }
}
