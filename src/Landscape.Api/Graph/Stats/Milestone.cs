using Landscape.Data.Entities;

namespace Landscape.Api.Graph.Stats;

/// <summary>The first figure at or above a threshold, and how long after launch it came.</summary>
public sealed record Milestone(UsageMetric Usage)
{
    public DateOnly LaunchedOn => Usage.Product.LaunchedOn!.Value;

    public int Days => Usage.AsOf.DayNumber - LaunchedOn.DayNumber;
}
