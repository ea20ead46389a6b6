namespace Landscape.Api.Graph.Stats;

/// <summary>One period of a funding series.</summary>
public sealed record FundingBucket(DateOnly PeriodStart, DateOnly PeriodEnd, long RoundCount, decimal TotalUsd);
