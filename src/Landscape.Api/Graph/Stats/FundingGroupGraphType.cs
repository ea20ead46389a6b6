using GraphQL.Types;

namespace Landscape.Api.Graph.Stats;

public sealed class FundingGroupGraphType : ObjectGraphType<StatsGroup>
{
    public FundingGroupGraphType()
    {
        Name = "FundingGroup";
        Description = "The funding of one group of a breakdown.";
        Field<StringGraphType>("key").Description("The group: a layer or round type (CONSTANT_CASE), a category slug, an ISO country code or a year; null for rounds that fit no group (an organization with no products, an unknown country).")
            .Resolve(c => c.Source.Key);
        Field<NonNullGraphType<StringGraphType>>("label").Description("A display name for the group.").Resolve(c => c.Source.Label);
        Field<NonNullGraphType<IntGraphType>>("roundCount").Description("Rounds in the group.").Resolve(c => (int)c.Source.Count);
        Field<NonNullGraphType<FloatGraphType>>("totalUsd").Description("Sum of their disclosed amounts in USD.").Resolve(c => (double)c.Source.TotalUsd);
    }
}
