using Landscape.Data.Entities;
using Landscape.Data.Writing;

namespace Landscape.Data.Seed;

public sealed class SeedUsage : SeedEntry
{
    public string? Metric { get; set; }
    public long? Value { get; set; }
    public string? AsOf { get; set; }
    public string? PeriodStart { get; set; }
    public string? PeriodEnd { get; set; }
    public string? Method { get; set; }
    public string? Source { get; set; }
    public string? Note { get; set; }

    public UsageMetricFields ToFields(SeedValues values) => new()
    {
        Metric = values.Enum<UsageMetricKind>(this, "metric", Metric), Value = values.Required(this, "value", Value),
        AsOf = values.Date(this, "as_of", AsOf, required: true),
        PeriodStart = values.Date(this, "period_start", PeriodStart), PeriodEnd = values.Date(this, "period_end", PeriodEnd),
        Method = values.Enum<MeasurementMethod>(this, "method", Method),
        Source = Source is null ? null : new SourceFields { Url = Source }, Note = Note,
    };
}
