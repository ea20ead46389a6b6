using System.Diagnostics.Metrics;
using GraphQL;
using GraphQL.DI;

namespace Landscape.Api.Telemetry;

/// <summary>
/// What HTTP metrics cannot see of a GraphQL request — it answers 200 with errors inside, and
/// its weight is its cost, not its URL: requests by operation type and outcome, their cost and
/// the SQL commands they took. Recorded always; only exported when telemetry is on.
/// </summary>
public static class GraphQLMetrics
{
    public const string MeterName = "Landscape.Api";

    private static readonly Meter Meter = new(MeterName);
    private static readonly Counter<long> Requests = Meter.CreateCounter<long>(
        "landscape.graphql.requests", "{request}", "GraphQL requests by operation type and outcome (ok, request_error, field_error).");
    private static readonly Histogram<double> Cost = Meter.CreateHistogram<double>(
        "landscape.graphql.cost", "{point}", "Computed cost of the GraphQL requests that were validated (extensions.cost.requestedQueryCost).");
    private static readonly Histogram<int> SqlCommands = Meter.CreateHistogram<int>(
        "landscape.graphql.sql_commands", "{command}", "SQL commands one GraphQL request took.");

    public static async Task<ExecutionResult> RecordAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        var result = await next(options);
        var operation = result.Operation?.Operation.ToString().ToLowerInvariant() ?? "unknown";
        var outcome = !result.Executed ? "request_error" : result.Errors is { Count: > 0 } ? "field_error" : "ok";
        Requests.Add(1, new("graphql.operation.type", operation), new("outcome", outcome));
        if (RequestState.Of(options.UserContext).Cost is { } cost)
        {
            Cost.Record(cost.RequestedQueryCost, new KeyValuePair<string, object?>("graphql.operation.type", operation));
        }
        if (RequestState.Of(options.UserContext).SqlCommands?.Count is { } commands)
        {
            SqlCommands.Record(commands, new KeyValuePair<string, object?>("graphql.operation.type", operation));
        }
        return result;
    }
}
