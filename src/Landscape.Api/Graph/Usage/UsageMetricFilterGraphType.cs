using GraphQL.Types;

namespace Landscape.Api.Graph.Usage;

public sealed class UsageMetricFilterGraphType : InputObjectGraphType<UsageMetricFilter>
{
    public UsageMetricFilterGraphType()
    {
        Name = "UsageMetricFilter";
        Description = "Which usage figures to list; every field given must hold.";
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("productSlugs").Description("Of any of these products.");
        Field<ListGraphType<NonNullGraphType<UsageMetricKindGraphType>>>("metrics").Description("Of any of these metrics.");
        Field<LayerGraphType>("layer").Description("Of products of this layer.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("categorySlugs").Description("Of products in any of these categories.");
    }
}
