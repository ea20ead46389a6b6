using GraphQL;
using GraphQL.Validation.Complexity;
using Landscape.Api.Auth;
using Landscape.Api.Graph;
using Landscape.Api.Graph.Mutations;
using Landscape.Api.Graph.Stats;
using Landscape.Api.Http;
using Landscape.Api.Telemetry;
using Landscape.Api.Http.Caching;
using Landscape.Api.Http.Cors;
using Landscape.Api.Http.Embeds;
using Landscape.Api.Http.Export;
using Landscape.Api.Http.PersistedQueries;
using Landscape.Data;
using Landscape.Data.Seed;
using Landscape.Data.Validation;

namespace Landscape.Api.Hosting;

public static class LandscapeHostingExtensions
{
    /// <summary>Everything the service needs: database, validators, GraphQL schema and endpoint.</summary>
    public static WebApplicationBuilder AddLandscape(this WebApplicationBuilder builder)
    {
        var connectionString = builder.Configuration.GetConnectionString("Landscape")
            ?? LocalDatabase.ConnectionStringIn(builder.Environment)
            ?? throw new InvalidOperationException(
                "ConnectionStrings:Landscape is not set (environment variable ConnectionStrings__Landscape).");
        var settings = builder.Configuration.GetSection(LandscapeOptions.Section).Get<LandscapeOptions>() ?? new LandscapeOptions();
        builder.Services.AddLandscapeData(connectionString, settings.StatementTimeout,
            builder.Configuration.GetConnectionString(DataServiceCollectionExtensions.ReadReplica));
        builder.Services.Configure<LandscapeOptions>(builder.Configuration.GetSection(LandscapeOptions.Section));
        builder.Services.Configure<GraphQLOptions>(builder.Configuration.GetSection(GraphQLOptions.Section));
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<CatalogValidators>();
        builder.Services.AddSingleton<SeedPipeline>();
        builder.Services.AddHostedService<DatabaseStartup>();
        builder.Services.AddSingleton<Draining>();
        // Kestrel lets in-flight requests finish for this long after SIGTERM.
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = settings.ShutdownTimeout);
        builder.AddLandscapeGraphQL();
        builder.AddLandscapeTelemetry();
        return builder;
    }

    public static WebApplicationBuilder AddLandscapeGraphQL(this WebApplicationBuilder builder)
    {
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<CallerResolver>();
        builder.Services.AddScoped<DataLoaders>();
        builder.Services.Configure<RateLimitOptions>(builder.Configuration.GetSection(RateLimitOptions.Section));
        builder.Services.AddSingleton<CostRateLimiter>();
        builder.Services.AddSingleton<GraphQLHttpHandler>();
        builder.Services.Configure<PersistedQueryOptions>(builder.Configuration.GetSection(PersistedQueryOptions.Section));
        builder.Services.Configure<CachingOptions>(builder.Configuration.GetSection(CachingOptions.Section));
        builder.Services.Configure<EmbedOptions>(builder.Configuration.GetSection(EmbedOptions.Section));
        builder.Services.AddSingleton<PersistedQueryStore>();
        builder.Services.AddSingleton<GraphQL.PersistedDocuments.IPersistedDocumentLoader>(sp => sp.GetRequiredService<PersistedQueryStore>());
        var cors = builder.Configuration.GetSection(CorsSettings.Section).Get<CorsSettings>() ?? new CorsSettings();
        builder.Services.AddCors(o => o.AddPolicy(CorsSettings.PolicyName, cors.Apply));
        foreach (var type in typeof(IQueryFields).Assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false }))
        {
            if (typeof(IQueryFields).IsAssignableFrom(type))
            {
                builder.Services.AddSingleton(typeof(IQueryFields), type);
            }
            if (typeof(IMutationFields).IsAssignableFrom(type))
            {
                builder.Services.AddSingleton(typeof(IMutationFields), type);
            }
        }
        var limits = builder.Configuration.GetSection(GraphQLOptions.Section).Get<GraphQLOptions>() ?? new GraphQLOptions();
        var documents = new DocumentCache(limits.DocumentCacheSize);
        builder.Services.AddSingleton(documents);
        var gate = new HeavyRequestGate(limits.HeavyRequestConcurrency);
        builder.Services.AddSingleton(gate);
        builder.Services.AddSingleton(new AggregateScanGate(limits.AggregateConcurrency));
        var cost = new QueryCost(limits.MaxComplexity, limits.MaxDepth);
        var complexity = new CachedComplexityValidationRule(new ComplexityOptions { ValidateComplexityDelegate = cost.Check });
        builder.Services.AddGraphQL(graphql => graphql
            .AddSchema<LandscapeSchema>()
            .AddSystemTextJson()
            .AddGraphTypes(typeof(LandscapeSchema).Assembly)
            .AddErrorInfoProvider<MaskedErrorInfoProvider>()
            .AddDocumentListener<MutationsReadFromPrimary>()
            .AddUnhandledExceptionHandler(MaskedErrorInfoProvider.OnUnhandledException)
            // Both run before the complexity analyzer, which skips a document that already failed.
            .AddValidationRule<SupportedOperationRule>()
            .AddValidationRule<FragmentExpansionRule>()
            .AddValidationRule(complexity, useForCachedDocuments: true)
            .ConfigureExecution(QueryCost.ReportAsync)
            .AddValidationRule(new DocumentLimitsRule(limits))
            .UseLandscapeTelemetry()
            .ConfigureExecution(new PersistedQueryHandler())
            .ConfigureExecution(documents)
            .ConfigureExecution(new KnownCostCheck(complexity, cost))
            .ConfigureExecutionOptions(o =>
            {
                if (!limits.EnableIntrospection)
                {
                    o.ValidationRules = (o.ValidationRules ?? GraphQL.Validation.DocumentValidator.CoreRules)
                        .Append(GraphQL.Validation.Rules.Custom.NoIntrospectionValidationRule.Instance);
                }
            }));
        return builder;
    }

    public static WebApplication MapLandscape(this WebApplication app)
    {
        app.UseSecurityHeaders();
        app.UseReadYourWrites();
        app.UseCors();
        app.MapHealthEndpoints();
        app.MapGraphQLEndpoints();
        app.MapCsvExports();
        app.MapEmbeds();
        return app;
    }
}
