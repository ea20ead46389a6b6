namespace Landscape.Api.Graph.Stats;

/// <summary>A row of the funding series query.</summary>
public sealed class FundingBucketRow
{
    public DateOnly PeriodStart { get; set; }
    public long RoundCount { get; set; }
    public decimal TotalUsd { get; set; }
}
