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
}
