using GraphQL.Types;

namespace Landscape.Api.Graph.Stats;

public sealed class ProductCountsGraphType : ObjectGraphType<StatsBreakdown>
{
    public ProductCountsGraphType()
    {
        Name = "ProductCounts";
        Description = "Products split into groups. With CATEGORY a product in two categories counts in both; the total counts each product once.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProductCountGroupGraphType>>>>("groups")
            .Description("The groups: by launch year ascending, otherwise by count descending; the unassigned group last.").Resolve(c => c.Source.Groups);
        Field<NonNullGraphType<IntGraphType>>("total").Description("Products selected, each counted once.").Resolve(c => (int)c.Source.Count);
    }
}
