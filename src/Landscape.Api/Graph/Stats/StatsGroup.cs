namespace Landscape.Api.Graph.Stats;

/// <summary>One group of a breakdown: its key (null: unassigned), a label, and what was counted in it.</summary>
public sealed record StatsGroup(string? Key, string Label, long Count, decimal TotalUsd);
