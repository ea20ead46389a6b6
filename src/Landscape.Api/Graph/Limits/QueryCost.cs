using GraphQL;
using GraphQL.DI;
using GraphQL.Validation;
using GraphQL.Validation.Complexity;
using GraphQLParser.AST;
using Landscape.Data;

namespace Landscape.Api.Graph.Limits;

/// <summary>
/// The cost of a request, computed by GraphQL.NET's complexity analyzer before anything runs
/// (a connection's children count `first`/`last` times): refused above the limits, and reported
/// in `extensions.cost` of every response, as Shopify and GitHub do, with the SQL commands it took.
/// </summary>
public sealed class QueryCost(int maxCost, int maxDepth)
{
    public const string CostLimitCode = "COST_LIMIT_EXCEEDED";
    public const string DepthLimitCode = "DEPTH_LIMIT_EXCEEDED";

    public Task Check(ComplexityValidationContext context)
    {
        var validation = context.ValidationContext;
        if (Evaluate(context.TotalImpact, context.MaxDepth, RequestState.Of(validation.UserContext), validation.RequestServices, validation.Operation.Operation) is { } refused)
        {
            context.Error = refused;
        }
        return Task.CompletedTask;
    }

    /// <summary>
    /// Records the request's cost, then refuses it above the limits or when the caller's budget is
    /// spent (charging the budget otherwise); null when it may run.
    /// </summary>
    public ValidationError? Evaluate(double totalImpact, int depth, RequestState state, IServiceProvider? services, OperationType operation)
    {
        var cost = new Measured(Math.Round(totalImpact), depth, maxCost, maxDepth);
        state.Cost = cost;
        if (depth > maxDepth)
        {
            return new ValidationError($"The query is {depth} levels deep; at most {maxDepth} are allowed.") { Code = DepthLimitCode };
        }
        if (cost.RequestedQueryCost > maxCost)
        {
            return new ValidationError(
                $"The query costs {cost.RequestedQueryCost} points; at most {maxCost} are allowed. Ask for smaller pages (`first`/`last`) or fewer nested lists.")
            {
                Code = CostLimitCode,
            };
        }
        return Charge(cost, state, services, operation);
    }

    /// <summary>Charges the caller's rate-limit bucket; the refusal to report when it is empty.</summary>
    private static ValidationError? Charge(Measured cost, RequestState state, IServiceProvider? services, OperationType operation)
    {
        var limiter = services?.GetService<CostRateLimiter>();
        var http = services?.GetService<IHttpContextAccessor>()?.HttpContext;
        if (limiter is null || http is null || !limiter.Settings.Enabled)
        {
            return null;
        }
        var (allowed, remaining, retryAfter) = limiter.TryCharge(http, cost.RequestedQueryCost, operation == OperationType.Mutation);
        // A cacheable GET answer must be the same bytes for the same data, so it carries the
        // bucket's state only when it was refused; POSTs always carry it.
        if (!HttpMethods.IsGet(http.Request.Method) || !allowed)
        {
            state.Throttle = new ThrottleStatus(limiter.Settings.TokenLimit, remaining, limiter.Settings.TokensPerSecond, limiter.Settings.WriteMultiplier);
        }
        if (allowed)
        {
            return null;
        }
        state.RetryAfter = retryAfter;
        return new ValidationError($"Rate limit: this request costs more points than you have left ({remaining}); retry in {retryAfter.TotalSeconds:0} s.")
        {
            Code = CostRateLimiter.RateLimitedCode,
        };
    }

    public static async Task<ExecutionResult> ReportAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        var state = RequestState.Of(options.UserContext);
        var commands = state.SqlCommands = SqlCommandCounter.Begin();
        var result = await next(options);
        if (state.Cost is { } cost)
        {
            var extension = new Dictionary<string, object>
            {
                ["requestedQueryCost"] = cost.RequestedQueryCost,
                ["maxQueryCost"] = cost.MaxQueryCost,
                ["depth"] = cost.Depth,
                ["maxDepth"] = cost.MaxDepth,
                ["sqlCommands"] = commands.Count,
            };
            if (state.Throttle is { } throttle)
            {
                extension["throttleStatus"] = throttle.ToExtension();
            }
            result.Extensions ??= [];
            result.Extensions["cost"] = extension;
        }
        return result;
    }

    public sealed record Measured(double RequestedQueryCost, int Depth, int MaxQueryCost, int MaxDepth);
}
