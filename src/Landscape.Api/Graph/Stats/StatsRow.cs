namespace Landscape.Api.Graph.Stats;

/// <summary>A row of a breakdown query: a group, or (IsTotal) the totals in which everything counts once.</summary>
public sealed class StatsRow
{
    public string? Key { get; set; }
    public long Count { get; set; }
    public decimal TotalUsd { get; set; }
    public bool IsTotal { get; set; }
    public string? Label { get; set; }
}
