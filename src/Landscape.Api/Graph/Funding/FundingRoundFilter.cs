using Landscape.Data.Entities;

namespace Landscape.Api.Graph.Funding;

public sealed class FundingRoundFilter
{
    public string? OrganizationSlug { get; set; }
    public string? InvestorSlug { get; set; }
    public List<RoundType>? RoundTypes { get; set; }
    public string? Country { get; set; }
    public DateOnly? AnnouncedAfter { get; set; }
    public DateOnly? AnnouncedBefore { get; set; }
    public Layer? Layer { get; set; }
    public List<string>? CategorySlugs { get; set; }
}
