using GraphQL;
using GraphQL.DI;

namespace Landscape.Api.Graph.Limits;

/// <summary>
/// A cached document whose operation declares no variables has a cost that cannot change, known
/// since its first run: it is checked (and charged) here and the request skips validation, which
/// GraphQL.NET runs as a walk of the whole document whenever one rule is left. Everything else goes
/// through the complexity rule as before.
/// </summary>
public sealed class KnownCostCheck(CachedComplexityValidationRule complexity, QueryCost cost) : IConfigureExecution
{
    // Right after the document cache (200), which sets the document of a hit.
    public float SortOrder => 201;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        // Only a document from the cache has one: an operation with a constant cost on record
        // passed validation when it first ran.
        if (options.Document is not { } document
            || SelectedOperation.In(document, options.OperationName) is not { } operation
            || !complexity.TryGetConstant(operation, out var known))
        {
            return await next(options);
        }
        if (cost.Evaluate(known.TotalComplexity, known.MaximumDepth, RequestState.Of(options.UserContext), options.RequestServices, operation.Operation) is { } refused)
        {
            return new ExecutionResult { Errors = [refused], Executed = false };
        }
        options.ValidationRules = [];
        return await next(options);
    }
}
