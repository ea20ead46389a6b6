namespace Landscape.Data.Entities;

public sealed class FundingRound : IEntity, IVersioned
{
    public int Id { get; set; }
    public int OrganizationId { get; set; }
    public Organization Organization { get; set; } = null!;
    public DateOnly AnnouncedOn { get; set; }
    public RoundType RoundType { get; set; }

    /// <summary>In <see cref="Currency"/>; null when undisclosed.</summary>
    public decimal? Amount { get; set; }
    public string? Currency { get; set; }
    public decimal? AmountUsd { get; set; }
    public decimal? PostMoneyValuationUsd { get; set; }
    public int SourceId { get; set; }
    public Source Source { get; set; } = null!;
    public string? Note { get; set; }
    public List<FundingRoundInvestor> Investors { get => field ??= []; set; }
    public int Version { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
