using Landscape.Data.Entities;

namespace Landscape.Api.Graph.Funding;

public sealed class FundingRoundEdgeGraphType() : EdgeGraphType<FundingRoundGraphType, FundingRound>("FundingRound");
