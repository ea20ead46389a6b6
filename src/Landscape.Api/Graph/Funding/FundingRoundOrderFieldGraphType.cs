using GraphQL.Types;

namespace Landscape.Api.Graph.Funding;

public sealed class FundingRoundOrderFieldGraphType : EnumerationGraphType<FundingRoundOrderField>
{
    public FundingRoundOrderFieldGraphType() => Description = "What to order funding rounds by (the id breaks ties).";
}
