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
    /// <param name="clock">The clock of versions and history (the system's when null).</param>
    public static DbContextOptionsBuilder UseLandscapeDatabase(this DbContextOptionsBuilder options, string connectionString, TimeProvider? clock = null) =>
        options.UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history"))
            .UseSnakeCaseNamingConvention()
            // Every context is used by one resolver or one mutation at a time (a context per batch
            // loader; mutations run one after another); the check cost an AsyncLocal write per row
            // read: a third of the allocations of a landscape map at 100,000 products.
            .EnableThreadSafetyChecks(false)
            .AddInterceptors(CommandCounter, new Writing.HistoryInterceptor(clock ?? TimeProvider.System));

    /// <param name="statementTimeout">PostgreSQL's statement_timeout for the service's sessions (see <see cref="WithSessionSettings"/>).</param>
    /// <param name="readConnectionString">A hot-standby replica for <see cref="ReadDbContextFactory"/>; null: the primary serves reads too.</param>
    public static IServiceCollection AddLandscapeData(this IServiceCollection services, string connectionString, TimeSpan statementTimeout,
        string? readConnectionString = null)
    {
        var withTimeout = WithPoolSettings(WithSessionSettings(connectionString, statementTimeout));
        // One pool per server: resolvers create short-lived contexts from a factory (GraphQL runs
        // fields in parallel, and a context is not thread-safe); a request's scoped context comes
        // from the primary's. Only the primary's contexts watch for writes.
        services.AddPooledDbContextFactory<LandscapeDbContext>((sp, o) =>
            o.UseLandscapeDatabase(withTimeout, sp.GetService<TimeProvider>()).AddInterceptors(Writes));
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
            replica.UseLandscapeDatabase(WithPoolSettings(WithSessionSettings(readConnectionString, statementTimeout)));
            services.AddKeyedSingleton<IDbContextFactory<LandscapeDbContext>>(ReadReplica,
                new PooledDbContextFactory<LandscapeDbContext>(replica.Options));
        }
        services.AddScoped<ReadYourWrites>();
        services.AddScoped<ReadDbContextFactory>();
        return services;
    }

    /// <summary>
    /// The service's session settings, each unless the connection string already sets it:
    /// statement_timeout, so no query runs away; random_page_cost 1.1 instead of 4, the value for
    /// SSDs and cached data (with 4 the planner joined a page's investors to a sequential scan of
    /// every organization rather than 7 index lookups: 0.74 ms against 0.18 ms); and jit off: the
    /// service's statements run in milliseconds, less than LLVM takes to compile one.
    /// </summary>
    public static string WithSessionSettings(string connectionString, TimeSpan statementTimeout)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        var options = builder.Options ?? "";
        if (!options.Contains("statement_timeout", StringComparison.Ordinal) && statementTimeout > TimeSpan.Zero)
        {
            options += $" -c statement_timeout={(long)statementTimeout.TotalMilliseconds}";
        }
        if (!options.Contains("random_page_cost", StringComparison.Ordinal))
        {
            options += " -c random_page_cost=1.1";
        }
        if (!options.Contains("jit", StringComparison.Ordinal))
        {
            options += " -c jit=off";
        }
        builder.Options = options.Trim();
        return builder.ConnectionString;
    }

    /// <summary>
    /// Pool settings for a service that sends the same few dozen statements over and over, unless
    /// the connection string says otherwise. Npgsql prepares the statements a connection runs most
    /// (a prepared one skips PostgreSQL's parse and plan). And a connection going back to the pool
    /// is not reset: the service never changes session state (its only SET is `SET LOCAL`, which
    /// ends with the transaction), and the reset cost six statements on every return — one per
    /// batch loader of every request, more work for PostgreSQL than some of the loaders' queries.
    /// </summary>
    public static string WithPoolSettings(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (builder.MaxAutoPrepare == 0 && !connectionString.Contains("Auto Prepare", StringComparison.OrdinalIgnoreCase))
        {
            builder.MaxAutoPrepare = 64;
        }
        if (!connectionString.Contains("Reset On Close", StringComparison.OrdinalIgnoreCase))
        {
            builder.NoResetOnClose = true;
        }
        return builder.ConnectionString;
    }
}
