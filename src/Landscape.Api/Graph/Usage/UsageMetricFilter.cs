using Landscape.Data.Entities;

namespace Landscape.Api.Graph.Usage;

/// <summary>The `filter` argument of `usageMetrics`; every field given must hold.</summary>
public sealed class UsageMetricFilter
{
    public List<string>? ProductSlugs { get; set; }
    public List<UsageMetricKind>? Metrics { get; set; }
    public Layer? Layer { get; set; }
    public List<string>? CategorySlugs { get; set; }
}
