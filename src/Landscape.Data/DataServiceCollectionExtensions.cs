using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Landscape.Data;

public static class DataServiceCollectionExtensions
{
    /// <summary>The service key of the read replica's context factory (the primary's when no replica is configured).</summary>
    public const string ReadReplica = "LandscapeRead";

    private static readonly SqlCommandCounter CommandCounter = new();
    private static readonly WriteDetector Writes = new();

    /// <summary>The one place the Npgsql/EF options are set, for the app, the CLI verbs and design time.</summary>
    public static DbContextOptionsBuilder UseLandscapeDatabase(this DbContextOptionsBuilder options, string connectionString) =>
        options.UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history"))
            .UseSnakeCaseNamingConvention()
            .AddInterceptors(CommandCounter);

    /// <param name="statementTimeout">PostgreSQL's statement_timeout for the service's sessions: no query runs away.</param>
    /// <param name="readConnectionString">A hot-standby replica for <see cref="ReadDbContextFactory"/>; null: the primary serves reads too.</param>
    public static IServiceCollection AddLandscapeData(this IServiceCollection services, string connectionString, TimeSpan statementTimeout,
        string? readConnectionString = null)
    {
        var withTimeout = WithAutoPrepare(WithStatementTimeout(connectionString, statementTimeout));
        // One pool per server: resolvers create short-lived contexts from a factory (GraphQL runs
        // fields in parallel, and a context is not thread-safe); a request's scoped context comes
        // from the primary's. Only the primary's contexts watch for writes.
        services.AddPooledDbContextFactory<LandscapeDbContext>(o => o.UseLandscapeDatabase(withTimeout).AddInterceptors(Writes));
        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<LandscapeDbContext>>().CreateDbContext());
        if (string.IsNullOrWhiteSpace(readConnectionString))
        {
            services.AddKeyedSingleton(ReadReplica, (sp, _) => sp.GetRequiredService<IDbContextFactory<LandscapeDbContext>>());
        }
        else
        {
            // A second pool of the same context type: AddPooledDbContextFactory registers one per
            // type, so this one is built by hand and told apart by its key.
            var replica = new DbContextOptionsBuilder<LandscapeDbContext>();
            replica.UseLandscapeDatabase(WithAutoPrepare(WithStatementTimeout(readConnectionString, statementTimeout)));
            services.AddKeyedSingleton<IDbContextFactory<LandscapeDbContext>>(ReadReplica,
                new PooledDbContextFactory<LandscapeDbContext>(replica.Options));
        }
        services.AddScoped<ReadYourWrites>();
        services.AddScoped<ReadDbContextFactory>();
        return services;
    }

    /// <summary>Adds `-c statement_timeout=…` to the session options, unless the connection string already sets it.</summary>
    public static string WithStatementTimeout(string connectionString, TimeSpan timeout)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (builder.Options?.Contains("statement_timeout", StringComparison.Ordinal) == true || timeout <= TimeSpan.Zero)
        {
            return connectionString;
        }
        builder.Options = $"{builder.Options} -c statement_timeout={(long)timeout.TotalMilliseconds}".Trim();
        return builder.ConnectionString;
    }

    /// <summary>
    /// Lets Npgsql prepare the statements a connection runs most (unless the connection string
    /// says otherwise): the service sends the same few dozen statements over and over, and a
    /// prepared one skips PostgreSQL's parse and plan — milliseconds for the joins of a page.
    /// </summary>
    public static string WithAutoPrepare(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (builder.MaxAutoPrepare > 0 || connectionString.Contains("Auto Prepare", StringComparison.OrdinalIgnoreCase))
        {
            return connectionString;
        }
        builder.MaxAutoPrepare = 64;
        return builder.ConnectionString;
    }

    /// <summary>A readable connection description for logs: host, port and database, never the password.</summary>
    public static string Describe(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        return $"{builder.Host}:{builder.Port}/{builder.Database}";
    }
}
