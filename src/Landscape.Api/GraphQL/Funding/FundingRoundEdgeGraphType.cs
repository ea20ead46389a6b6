using Landscape.Api.GraphQL.Common;
using Landscape.Data.Entities;

namespace Landscape.Api.GraphQL.Funding;

public sealed class FundingRoundEdgeGraphType() : EdgeGraphType<FundingRoundGraphType, FundingRound>("FundingRound");
