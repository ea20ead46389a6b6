using GraphQL.Types;

namespace Landscape.Api.Graph.Stats;

public sealed class FundingBreakdownGraphType : ObjectGraphType<StatsBreakdown>
{
    public FundingBreakdownGraphType()
    {
        Name = "FundingBreakdown";
        Description = "Funding split into groups. With LAYER or CATEGORY a round counts in every group its organization's products are in, so the groups can add up to more than the totals; the totals count each round once.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FundingGroupGraphType>>>>("groups")
            .Description("The groups: by year ascending, otherwise by total descending; the unassigned group last.").Resolve(c => c.Source.Groups);
        Field<NonNullGraphType<IntGraphType>>("roundCount").Description("Rounds selected, each counted once.").Resolve(c => (int)c.Source.Count);
        Field<NonNullGraphType<FloatGraphType>>("totalUsd").Description("Their disclosed amounts in USD, each round counted once.")
            .Resolve(c => (double)c.Source.TotalUsd);
    }
}
