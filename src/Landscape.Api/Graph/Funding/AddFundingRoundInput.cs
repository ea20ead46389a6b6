using Landscape.Data.Writing;

namespace Landscape.Api.Graph.Funding;

public sealed record AddFundingRoundInput : FundingRoundFields
{
    public string OrganizationId { get; init; } = "";
}
