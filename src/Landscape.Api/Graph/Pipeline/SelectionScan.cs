using GraphQL;
using GraphQLParser.AST;

namespace Landscape.Api.Graph.Pipeline;

/// <summary>
/// Looks ahead in a field's selection, so a resolver can read only the columns the request can
/// reach: a map of thousands of products that only asks for names need not ship descriptions.
/// Conservative: a name counts wherever it appears below the field, on any type.
/// </summary>
public static class SelectionScan
{
    public static bool RequestsAny(IResolveFieldContext context, IReadOnlySet<string> fieldNames) =>
        Scan(context.FieldAst.SelectionSet, context.Document, fieldNames.Contains, depth: 0);

    public static bool Requests(IResolveFieldContext context, string fieldName) =>
        Scan(context.FieldAst.SelectionSet, context.Document, name => name == fieldName, depth: 0);

    private static bool Scan(GraphQLSelectionSet? selection, GraphQLDocument document, Func<string, bool> names, int depth)
    {
        if (selection is null)
        {
            return false;
        }
        // The depth limit (15) is enforced before execution; this only guards against fragment cycles.
        if (depth > 32)
        {
            return true;
        }
        foreach (var node in selection.Selections)
        {
            var found = node switch
            {
                GraphQLField field => names(field.Name.StringValue) || Scan(field.SelectionSet, document, names, depth + 1),
                GraphQLInlineFragment inline => Scan(inline.SelectionSet, document, names, depth + 1),
                GraphQLFragmentSpread spread => document.Definitions.OfType<GraphQLFragmentDefinition>()
                    .Where(f => f.FragmentName.Name.StringValue == spread.FragmentName.Name.StringValue)
                    .Any(f => Scan(f.SelectionSet, document, names, depth + 1)),
                _ => true,
            };
            if (found)
            {
                return true;
            }
        }
        return false;
    }
}
