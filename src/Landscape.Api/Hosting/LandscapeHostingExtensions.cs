using GraphQL;
using Landscape.Api.Auth;
using Landscape.Api.GraphQL;
using Landscape.Api.GraphQL.Common;
using Landscape.Api.GraphQL.Cost;
using Landscape.Api.GraphQL.Mutations;
using Landscape.Api.Http;
using Landscape.Data;
using Landscape.Data.Validation;

namespace Landscape.Api.Hosting;

public static class LandscapeHostingExtensions
{
    /// <summary>Everything the service needs: database, validators, GraphQL schema and endpoint.</summary>
    public static WebApplicationBuilder AddLandscape(this WebApplicationBuilder builder)
    {
        var connectionString = builder.Configuration.GetConnectionString("Landscape")
            ?? throw new InvalidOperationException(
                "ConnectionStrings:Landscape is not set (environment variable ConnectionStrings__Landscape).");
        var settings = builder.Configuration.GetSection(LandscapeOptions.Section).Get<LandscapeOptions>() ?? new LandscapeOptions();
        builder.Services.AddLandscapeData(connectionString, settings.StatementTimeout);
        builder.Services.Configure<LandscapeOptions>(builder.Configuration.GetSection(LandscapeOptions.Section));
        builder.Services.Configure<GraphQLOptions>(builder.Configuration.GetSection(GraphQLOptions.Section));
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<CatalogValidators>();
        builder.Services.AddScoped<CatalogSeeder>();
        builder.Services.AddHostedService<DatabaseStartup>();
        builder.AddLandscapeGraphQL();
        return builder;
    }

    public static WebApplicationBuilder AddLandscapeGraphQL(this WebApplicationBuilder builder)
    {
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<CallerResolver>();
        builder.Services.AddScoped<DataLoaders>();
        builder.Services.AddSingleton<GraphQLHttpHandler>();
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
        builder.Services.AddGraphQL(graphql => graphql
            .AddSchema<LandscapeSchema>()
            .AddSystemTextJson()
            .AddGraphTypes(typeof(LandscapeSchema).Assembly)
            .AddErrorInfoProvider<MaskedErrorInfoProvider>()
            .AddUnhandledExceptionHandler(MaskedErrorInfoProvider.OnUnhandledException)
            // Both run before the complexity analyzer, which skips a document that already failed.
            .AddValidationRule<SupportedOperationRule>()
            .AddValidationRule<FragmentExpansionRule>()
            .AddComplexityAnalyzer(c => c.ValidateComplexityDelegate = new QueryCost(limits.MaxComplexity, limits.MaxDepth).Check)
            .ConfigureExecution(QueryCost.ReportAsync)
            .ConfigureExecutionOptions(o =>
            {
                if (!limits.EnableIntrospection)
                {
                    o.ValidationRules = global::GraphQL.Validation.DocumentValidator.CoreRules
                        .Append(global::GraphQL.Validation.Rules.Custom.NoIntrospectionValidationRule.Instance);
                }
            }));
        return builder;
    }

    public static WebApplication MapLandscape(this WebApplication app)
    {
        app.MapHealthEndpoints();
        app.MapGraphQLEndpoints();
        return app;
    }
}
