namespace Landscape.Api.Graph.Stats;

/// <summary>A breakdown: its groups (which may overlap) and the totals, in which everything counts once.</summary>
public sealed record StatsBreakdown(IReadOnlyList<StatsGroup> Groups, long Count, decimal TotalUsd);
