using Landscape.Data.Entities;
using Landscape.Data.Writing;

namespace Landscape.Data.Seed;

public sealed class SeedFundingRound : SeedEntry
{
    public string? AnnouncedOn { get; set; }
    public string? RoundType { get; set; }
    public decimal? Amount { get; set; }
    public string? Currency { get; set; }
    public decimal? AmountUsd { get; set; }
    public decimal? PostMoneyValuationUsd { get; set; }
    public List<SeedInvestor> Investors { get; set; } = [];
    public string? Source { get; set; }
    public string? Note { get; set; }

    public FundingRoundFields ToFields(SeedValues values)
    {
        values.Require(this, "announced_on", AnnouncedOn);
        return values.Map<FundingRoundFields>(this) with
        {
            Source = Source is null ? null : new SourceFields { Url = Source },
            Investors = Investors.Select(i => new InvestorFields { Organization = i.Organization, IsLead = i.Lead }).ToList(),
        };
    }
}
