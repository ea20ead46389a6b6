namespace Landscape.Data.Entities;

public sealed class FundingRoundInvestor
{
    public int FundingRoundId { get; set; }
    public FundingRound FundingRound { get; set; } = null!;
    public int InvestorId { get; set; }
    public Organization Investor { get; set; } = null!;
    public bool IsLead { get; set; }
}
