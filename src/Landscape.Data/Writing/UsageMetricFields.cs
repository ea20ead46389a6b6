using System.ComponentModel;
using Landscape.Data.Entities;

namespace Landscape.Data.Writing;

/// <summary>A usage fact's editable fields.</summary>
public record UsageMetricFields
{
    public Optional<UsageMetricKind> Metric { get; init; }
    public Optional<long> Value { get; init; }
    public Optional<DateOnly?> AsOf { get; init; }
    [Description("Start of the period it covers.")]
    public Optional<DateOnly?> PeriodStart { get; init; }
    [Description("End of the period it covers.")]
    public Optional<DateOnly?> PeriodEnd { get; init; }
    public Optional<MeasurementMethod> Method { get; init; }
    public Optional<SourceFields?> Source { get; init; }
    [Description("What the analyst should know about this fact.")]
    public Optional<string?> Note { get; init; }
}
