using GraphQL.Validation;
using GraphQLParser.AST;

namespace Landscape.Api.Graph.Pipeline;

/// <summary>
/// A subscription is a request error here (the schema has none). Without this rule GraphQL.NET's
/// complexity analyzer throws on it, and the caller got an INTERNAL_ERROR for a wrong request.
/// </summary>
public sealed class SupportedOperationRule : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        if (context.Operation is { Operation: var type } && RootOf(context, type) is null)
        {
            context.ReportError(new ValidationError($"This API has no {type.ToString().ToLowerInvariant()} operations."));
        }
        return default;
    }

    private static object? RootOf(ValidationContext context, OperationType type) => type switch
    {
        OperationType.Query => context.Schema.Query,
        OperationType.Mutation => context.Schema.Mutation,
        _ => context.Schema.Subscription,
    };
}
