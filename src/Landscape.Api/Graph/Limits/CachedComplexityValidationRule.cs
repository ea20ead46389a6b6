using System.Runtime.CompilerServices;
using GraphQL.Validation;
using GraphQL.Validation.Complexity;
using GraphQL.Validation.Rules.Custom;
using GraphQLParser.AST;

namespace Landscape.Api.Graph.Limits;

/// <summary>
/// GraphQL.NET's complexity analyzer, remembering the result of an operation that declares no
/// variables: its cost cannot change between requests (page sizes and @skip/@include are literals),
/// so a cached document is walked once instead of on every request. The limits and the rate-limit
/// charge (<see cref="ComplexityOptions.ValidateComplexityDelegate"/>) still run every time.
/// The entries live as long as the parsed document does.
/// </summary>
public sealed class CachedComplexityValidationRule(ComplexityOptions options) : ComplexityValidationRule(options)
{
    private readonly ConditionalWeakTable<GraphQLOperationDefinition, StrongBox<(double, int)>> _constant = [];

    /// <summary>The cost of a variable-free operation this rule has already walked.</summary>
    public bool TryGetConstant(GraphQLOperationDefinition operation, out (double TotalComplexity, int MaximumDepth) complexity)
    {
        var found = _constant.TryGetValue(operation, out var known);
        complexity = found ? known!.Value : default;
        return found;
    }

    protected override async ValueTask<(double TotalComplexity, int MaximumDepth)> CalculateComplexityAsync(ValidationContext context)
    {
        var operation = context.Operation;
        if (operation.Variables is { Count: > 0 })
        {
            return await base.CalculateComplexityAsync(context);
        }
        if (_constant.TryGetValue(operation, out var known))
        {
            return known.Value;
        }
        var computed = await base.CalculateComplexityAsync(context);
        _constant.AddOrUpdate(operation, new StrongBox<(double, int)>(computed));
        return computed;
    }
}
