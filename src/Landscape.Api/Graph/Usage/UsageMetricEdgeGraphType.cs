using Landscape.Data.Entities;

namespace Landscape.Api.Graph.Usage;

public sealed class UsageMetricEdgeGraphType() : EdgeGraphType<UsageMetricGraphType, UsageMetric>("UsageMetric");
