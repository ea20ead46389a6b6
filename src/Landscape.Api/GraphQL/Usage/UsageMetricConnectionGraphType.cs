using Landscape.Api.GraphQL.Common;
using Landscape.Data.Entities;

namespace Landscape.Api.GraphQL.Usage;

public sealed class UsageMetricConnectionGraphType()
    : ConnectionGraphType<UsageMetricGraphType, UsageMetricEdgeGraphType, UsageMetric>("UsageMetric");
