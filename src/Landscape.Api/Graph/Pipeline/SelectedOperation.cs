using GraphQLParser.AST;

namespace Landscape.Api.Graph.Pipeline;

public static class SelectedOperation
{
    /// <summary>
    /// The operation a request runs, picked as GraphQL.NET picks it: the only one when no name is
    /// given, else the one with that name; null when there is no such operation.
    /// </summary>
    public static GraphQLOperationDefinition? In(GraphQLDocument document, string? operationName)
    {
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        return operationName is null
            ? (operations.Count == 1 ? operations[0] : null)
            : operations.FirstOrDefault(o => o.Name?.StringValue == operationName);
    }
}
