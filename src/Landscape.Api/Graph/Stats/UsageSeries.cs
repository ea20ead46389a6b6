using Landscape.Data.Entities;

namespace Landscape.Api.Graph.Stats;

/// <summary>One product's figures of a metric, oldest first.</summary>
public sealed record UsageSeries(Product Product, IReadOnlyList<UsageMetric> Points);
