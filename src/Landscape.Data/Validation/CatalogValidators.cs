namespace Landscape.Data.Validation;

/// <summary>The validator of every kind of entry, built once; the seed loader, the import and the mutations share them.</summary>
public sealed class CatalogValidators(TimeProvider clock)
{
    public TimeProvider Clock { get; } = clock;
    public SourceValidator Source { get; } = new(clock);
    public CategoryValidator Category { get; } = new();
    public OrganizationValidator Organization { get; } = new(clock);
    public ProductValidator Product { get; } = new(clock);
    public ModelValidator Model { get; } = new(clock);
    public FundingRoundValidator FundingRound { get; } = new(clock);
    public UsageMetricValidator UsageMetric { get; } = new(clock);
}
