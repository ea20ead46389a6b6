using GraphQL.Types;

namespace Landscape.Api.Graph.Stats;

public sealed class FundingGroupByGraphType : EnumerationGraphType<FundingGroupBy>
{
    public FundingGroupByGraphType()
    {
        Name = "FundingGroupBy";
        Description = "What funding is broken down by. LAYER and CATEGORY come from the products of the organization that raised the round, so one round can sit in several groups.";
    }
}
