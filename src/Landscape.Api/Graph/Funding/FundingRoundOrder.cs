
namespace Landscape.Api.Graph.Funding;

public sealed class FundingRoundOrder
{
    public FundingRoundOrderField Field { get; set; }
    public OrderDirection Direction { get; set; }
}
