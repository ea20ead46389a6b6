using Landscape.Api.GraphQL.Common;
using Landscape.Data.Entities;

namespace Landscape.Api.GraphQL.Funding;

public sealed class FundingRoundConnectionGraphType()
    : ConnectionGraphType<FundingRoundGraphType, FundingRoundEdgeGraphType, FundingRound>("FundingRound");
