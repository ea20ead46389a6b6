using GraphQL.Types;

namespace Landscape.Api.Graph.Stats;

public sealed class ProductCountGroupGraphType : ObjectGraphType<StatsGroup>
{
    public ProductCountGroupGraphType()
    {
        Name = "ProductCountGroup";
        Description = "The products of one group of a breakdown.";
        Field<StringGraphType>("key").Description("The group: a layer (CONSTANT_CASE), a category slug, an ISO country code or a launch year; null for products that fit no group.")
            .Resolve(c => c.Source.Key);
        Field<NonNullGraphType<StringGraphType>>("label").Description("A display name for the group.").Resolve(c => c.Source.Label);
        Field<NonNullGraphType<IntGraphType>>("productCount").Description("Products in the group.").Resolve(c => (int)c.Source.Count);
    }
}
