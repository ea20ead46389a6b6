using Landscape.Api.GraphQL.Common;

namespace Landscape.Api.GraphQL.Funding;

public sealed class FundingRoundOrder
{
    public FundingRoundOrderField Field { get; set; }
    public OrderDirection Direction { get; set; }
}
