using Landscape.Data.Entities;

namespace Landscape.Api.Graph.Funding;

public sealed class FundingRoundConnectionGraphType()
    : ConnectionGraphType<FundingRoundGraphType, FundingRoundEdgeGraphType, FundingRound>("FundingRound");
