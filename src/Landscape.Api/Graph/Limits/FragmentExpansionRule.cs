using GraphQL.Validation;
using GraphQLParser.AST;

namespace Landscape.Api.Graph.Limits;

/// <summary>
/// Refuses a document whose fragments expand into more selections than any real query needs
/// (a "fragment bomb": F0 spreads F1 twice, F1 spreads F2 twice, ... — 2^40 fields from 2 KB).
/// GraphQL.NET's complexity analyzer walks every spread again without memoizing, so such a
/// document would keep a CPU busy for hours before the cost limit could refuse it. This counts
/// each fragment once (memoized, linear in the document) before that analyzer runs, which it
/// skips when validation has already failed.
/// </summary>
public sealed class FragmentExpansionRule : ValidationRuleBase
{
    /// <summary>Far above any legitimate query (the cost limit allows pages of 100 nested a few levels).</summary>
    public const long MaxExpandedSelections = 100_000;

    /// <summary>Fragments spreading fragments this deep are no query anyone writes; it also bounds the recursion here.</summary>
    public const int MaxFragmentNesting = 100;

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        if (context.Operation?.SelectionSet is { } selections)
        {
            var counter = new Counter(context.Document);
            var size = counter.Size(selections, 0);
            if (counter.TooNested)
            {
                context.ReportError(new ValidationError(
                    $"Fragments spread fragments more than {MaxFragmentNesting} levels deep.") { Code = QueryCost.DepthLimitCode });
            }
            else if (size > MaxExpandedSelections)
            {
                context.ReportError(new ValidationError(
                    $"The query expands (with its fragments) to more than {MaxExpandedSelections} fields.") { Code = QueryCost.CostLimitCode });
            }
        }
        return default;
    }

    private sealed class Counter(GraphQLDocument document)
    {
        private readonly Dictionary<string, GraphQLFragmentDefinition> _fragments = document.Definitions
            .OfType<GraphQLFragmentDefinition>()
            .GroupBy(f => f.FragmentName.Name.StringValue)
            .ToDictionary(g => g.Key, g => g.First());

        private readonly Dictionary<string, long> _sizes = [];
        private readonly HashSet<string> _visiting = [];

        public bool TooNested { get; private set; }

        public long Size(GraphQLSelectionSet set, int nesting)
        {
            long total = 0;
            foreach (var selection in set.Selections)
            {
                total += selection switch
                {
                    GraphQLField field => 1 + (field.SelectionSet is { } children ? Size(children, nesting) : 0),
                    GraphQLInlineFragment inline => Size(inline.SelectionSet, nesting),
                    GraphQLFragmentSpread spread => FragmentSize(spread.FragmentName.Name.StringValue, nesting + 1),
                    _ => 0,
                };
                // Saturate: the answer only has to say "too many", and sums of 2^n must not overflow.
                if (total > MaxExpandedSelections || TooNested)
                {
                    return MaxExpandedSelections + 1;
                }
            }
            return total;
        }

        private long FragmentSize(string name, int nesting)
        {
            if (_sizes.TryGetValue(name, out var known))
            {
                return known;
            }
            if (nesting > MaxFragmentNesting)
            {
                TooNested = true;
                return 0;
            }
            // Unknown fragments and cycles are reported by the specification's own rules.
            if (!_fragments.TryGetValue(name, out var fragment) || !_visiting.Add(name))
            {
                return 0;
            }
            var size = Size(fragment.SelectionSet, nesting);
            _visiting.Remove(name);
            _sizes[name] = size;
            return size;
        }
    }
}
