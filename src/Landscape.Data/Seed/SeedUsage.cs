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

    public UsageMetricFields ToFields(SeedValues values)
    {
        values.Require(this, "value", Value);
        values.Require(this, "as_of", AsOf);
        return values.Map<UsageMetricFields>(this) with { Source = Source is null ? null : new SourceFields { Url = Source } };
    }
}
