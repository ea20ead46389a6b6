using Landscape.Data.Entities;

namespace Landscape.Data.Writing;

/// <summary>A usage fact's editable fields.</summary>
public record UsageMetricFields
{
    public Optional<UsageMetricKind> Metric { get; init; }
    public Optional<long> Value { get; init; }
    public Optional<DateOnly?> AsOf { get; init; }
    public Optional<DateOnly?> PeriodStart { get; init; }
    public Optional<DateOnly?> PeriodEnd { get; init; }
    public Optional<MeasurementMethod> Method { get; init; }
    public Optional<SourceFields?> Source { get; init; }
    public Optional<string?> Note { get; init; }
}
