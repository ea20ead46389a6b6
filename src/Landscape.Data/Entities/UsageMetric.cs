namespace Landscape.Data.Entities;

/// <summary>One dated usage figure. A history: a new number is a new row.</summary>
public sealed class UsageMetric : IEntity, IVersioned
{
    public int Id { get; set; }
    public int ProductId { get; set; }
    public Product Product { get; set; } = null!;
    public UsageMetricKind Metric { get; set; }
    public long Value { get; set; }
    public DateOnly AsOf { get; set; }
    public DateOnly? PeriodStart { get; set; }
    public DateOnly? PeriodEnd { get; set; }
    public MeasurementMethod Method { get; set; }
    public int SourceId { get; set; }
    public Source Source { get; set; } = null!;
    public string? Note { get; set; }
    public int Version { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
