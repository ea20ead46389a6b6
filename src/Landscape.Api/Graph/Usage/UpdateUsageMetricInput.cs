using Landscape.Data.Writing;

namespace Landscape.Api.Graph.Usage;

public sealed record UpdateUsageMetricInput : UsageMetricFields
{
    public string Id { get; init; } = "";
    public int ExpectedVersion { get; init; }
}
