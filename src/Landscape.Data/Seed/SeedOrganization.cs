using Landscape.Data.Entities;
using Landscape.Data.Writing;

namespace Landscape.Data.Seed;

public sealed class SeedOrganization : SeedEntry
{
    public string? Slug { get; set; }
    public string? Name { get; set; }
    public string? Kind { get; set; }
    public int? FoundedYear { get; set; }
    public string? HqCountry { get; set; }
    public string? HqCity { get; set; }
    public string? WebsiteUrl { get; set; }
    public string? LogoUrl { get; set; }
    public string? Description { get; set; }
    public List<SeedFundingRound> FundingRounds { get; set; } = [];

    public OrganizationFields ToFields(SeedValues values) => values.Map<OrganizationFields>(this);
}
