using Landscape.Data.Writing;

namespace Landscape.Api.Graph.Usage;

public sealed record AddUsageMetricInput : UsageMetricFields
{
    public string ProductId { get; init; } = "";
}
