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
}
