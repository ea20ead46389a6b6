using GraphQL;
using GraphQL.DI;
using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Landscape.Api.Telemetry;

public static class TelemetryExtensions
{
    /// <summary>
    /// Logs as one JSON object a line in Production (what log collectors parse); with
    /// telemetry on, OpenTelemetry traces (HTTP, GraphQL execution, Npgsql), metrics (HTTP rate,
    /// latency and status, GraphQL outcome and cost, Npgsql, runtime) and logs over OTLP.
    /// </summary>
    public static WebApplicationBuilder AddLandscapeTelemetry(this WebApplicationBuilder builder)
    {
        if (builder.Environment.IsProduction())
        {
            builder.Logging.ClearProviders();
            builder.Logging.AddJsonConsole(o =>
            {
                o.UseUtcTimestamp = true;
                o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
                o.IncludeScopes = true;
            });
        }
        var settings = builder.Configuration.GetSection(TelemetryOptions.Section).Get<TelemetryOptions>() ?? new TelemetryOptions();
        if (!settings.IsEnabled(builder.Configuration))
        {
            return builder;
        }
        builder.Services.AddOpenTelemetry()
            // OTEL_SERVICE_NAME and OTEL_RESOURCE_ATTRIBUTES, read by the SDK, win over this default.
            .ConfigureResource(r => r.AddService("landscape-api", autoGenerateServiceInstanceId: true))
            .WithTracing(t => t
                .AddAspNetCoreInstrumentation(o => o.Filter = http => !IsProbe(http.Request.Path))
                .AddSource(GraphQLTelemetrySource)
                .AddNpgsql())
            .WithMetrics(m => m
                .AddAspNetCoreInstrumentation()
                .AddRuntimeInstrumentation()
                .AddNpgsqlInstrumentation()
                .AddMeter(GraphQLMetrics.MeterName))
            .WithLogging()
            // Endpoint, protocol, headers, intervals: OTEL_EXPORTER_OTLP_* as everywhere.
            .UseOtlpExporter();
        return builder;
    }

    /// <summary>GraphQL.NET's execution spans (operation name and type), with the request's cost added.</summary>
    public static IGraphQLBuilder UseLandscapeTelemetry(this IGraphQLBuilder graphql) =>
        graphql.UseTelemetry(o =>
        {
            o.EnrichWithExecutionResult = (activity, options, _) =>
            {
                if (RequestState.Of(options.UserContext).Cost is { } cost)
                {
                    activity.SetTag("landscape.graphql.cost", cost.RequestedQueryCost);
                    activity.SetTag("landscape.graphql.depth", cost.Depth);
                }
                if (RequestState.Of(options.UserContext).SqlCommands?.Count is { } commands)
                {
                    activity.SetTag("landscape.graphql.sql_commands", commands);
                }
            };
        }).ConfigureExecution(GraphQLMetrics.RecordAsync);

    /// <summary>The ActivitySource name GraphQL.NET's telemetry provider uses.</summary>
    public const string GraphQLTelemetrySource = "GraphQL";

    // Probes every few seconds from every kubelet would drown the traces that matter.
    private static bool IsProbe(PathString path) => path.StartsWithSegments("/healthz") || path.StartsWithSegments("/readyz");
}
