using GraphQL;
using GraphQL.DI;
using GraphQL.Validation;
using GraphQL.Validation.Complexity;
using Landscape.Data;

namespace Landscape.Api.GraphQL.Cost;

/// <summary>
/// The cost of a request, computed by GraphQL.NET's complexity analyzer before anything runs
/// (a connection's children count `first`/`last` times): refused above the limits, and reported
/// in `extensions.cost` of every response, as Shopify and GitHub do, with the SQL commands it took.
/// </summary>
public sealed class QueryCost(int maxCost, int maxDepth, HeavyRequestGate? gate = null)
{
    public const string CostLimitCode = "COST_LIMIT_EXCEEDED";
    public const string DepthLimitCode = "DEPTH_LIMIT_EXCEEDED";
    private const string Key = "Landscape.Cost";

    public async Task Check(ComplexityValidationContext context)
    {
        var cost = new Measured(Math.Round(context.TotalImpact), context.MaxDepth, maxCost, maxDepth);
        context.ValidationContext.UserContext[Key] = cost;
        if (context.MaxDepth > maxDepth)
        {
            context.Error = new ValidationError($"The query is {context.MaxDepth} levels deep; at most {maxDepth} are allowed.") { Code = DepthLimitCode };
        }
        else if (cost.RequestedQueryCost > maxCost)
        {
            context.Error = new ValidationError(
                $"The query costs {cost.RequestedQueryCost} points; at most {maxCost} are allowed. Ask for smaller pages (`first`/`last`) or fewer nested lists.")
            {
                Code = CostLimitCode,
            };
        }
        if (context.Error is null && gate is not null)
        {
            await gate.EnterAsync(context.ValidationContext.UserContext, cost.RequestedQueryCost, context.ValidationContext.CancellationToken);
        }
    }

    public static async Task<ExecutionResult> ReportAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        var commands = SqlCommandCounter.Begin();
        var result = await next(options);
        if (options.UserContext.TryGetValue(Key, out var value) && value is Measured cost)
        {
            result.Extensions ??= [];
            result.Extensions["cost"] = new Dictionary<string, object>
            {
                ["requestedQueryCost"] = cost.RequestedQueryCost,
                ["maxQueryCost"] = cost.MaxQueryCost,
                ["depth"] = cost.Depth,
                ["maxDepth"] = cost.MaxDepth,
                ["sqlCommands"] = commands.Count,
            };
        }
        return result;
    }

    private sealed record Measured(double RequestedQueryCost, int Depth, int MaxQueryCost, int MaxDepth);
}
