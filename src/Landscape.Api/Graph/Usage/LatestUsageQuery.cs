using Landscape.Data.Entities;

namespace Landscape.Api.Graph.Usage;

/// <summary>What a <see cref="LatestUsageLoader"/> batch asks for: keys are only batched with keys asking the same.</summary>
public sealed record LatestUsageQuery(AsOfDay AsOf, UsageMetricKind Metric);
