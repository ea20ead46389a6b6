using Landscape.Data.Entities;

namespace Landscape.Api.Graph.Usage;

public sealed class UsageMetricConnectionGraphType()
    : ConnectionGraphType<UsageMetricGraphType, UsageMetricEdgeGraphType, UsageMetric>("UsageMetric");
