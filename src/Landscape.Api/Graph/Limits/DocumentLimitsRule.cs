using GraphQL.Validation;
using GraphQLParser.AST;
using GraphQLParser.Visitors;

namespace Landscape.Api.Graph.Limits;

/// <summary>
/// Limits a document's breadth before it runs: aliases (alias bombs), root fields, and list
/// arguments or variables longer than the largest page, each refused with a stable code.
/// </summary>
public sealed class DocumentLimitsRule(GraphQLOptions limits) : IValidationRule
{
    public const string TooManyAliases = "TOO_MANY_ALIASES";
    public const string TooManyRootFields = "TOO_MANY_ROOT_FIELDS";
    public const string ListTooLong = "LIST_TOO_LONG";

    public async ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        var counter = new Counter();
        await new CountingVisitor().VisitAsync(context.Document, counter);
        if (counter.Aliases > limits.MaxAliases)
        {
            context.ReportError(new ValidationError($"The document uses {counter.Aliases} aliases; at most {limits.MaxAliases} are allowed.") { Code = TooManyAliases });
        }
        if (context.Operation?.SelectionSet.Selections.Count > limits.MaxRootFields)
        {
            context.ReportError(new ValidationError($"The operation asks for {context.Operation.SelectionSet.Selections.Count} root fields; at most {limits.MaxRootFields} are allowed.") { Code = TooManyRootFields });
        }
        if (counter.LongestList > limits.MaxListItems || LongestList(context.Variables) > limits.MaxListItems)
        {
            context.ReportError(new ValidationError($"A list argument or variable has more than {limits.MaxListItems} items.") { Code = ListTooLong });
        }
        return null;
    }

    public ValueTask<IVariableVisitor?> GetVariableVisitorAsync(ValidationContext context) => default;

    public ValueTask<INodeVisitor?> GetPostNodeVisitorAsync(ValidationContext context) => default;

    private static int LongestList(object? value) => value switch
    {
        string => 0,
        IDictionary<string, object?> map => map.Values.Select(LongestList).DefaultIfEmpty(0).Max(),
        System.Collections.IEnumerable items => Math.Max(items.Cast<object?>().Count(), items.Cast<object?>().Select(LongestList).DefaultIfEmpty(0).Max()),
        _ => 0,
    };

    private sealed class Counter : IASTVisitorContext
    {
        public int Aliases { get; set; }

        public int LongestList { get; set; }

        public CancellationToken CancellationToken => default;
    }

    private sealed class CountingVisitor : ASTVisitor<Counter>
    {
        protected override ValueTask VisitFieldAsync(GraphQLField field, Counter context)
        {
            if (field.Alias is not null)
            {
                context.Aliases++;
            }
            return base.VisitFieldAsync(field, context);
        }

        protected override ValueTask VisitListValueAsync(GraphQLListValue listValue, Counter context)
        {
            context.LongestList = Math.Max(context.LongestList, listValue.Values?.Count ?? 0);
            return base.VisitListValueAsync(listValue, context);
        }
    }
}
