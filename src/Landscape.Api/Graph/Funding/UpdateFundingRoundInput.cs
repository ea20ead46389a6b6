using Landscape.Data.Writing;

namespace Landscape.Api.Graph.Funding;

public sealed record UpdateFundingRoundInput : FundingRoundFields
{
    public string Id { get; init; } = "";
    public int ExpectedVersion { get; init; }
}
