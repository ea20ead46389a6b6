namespace Landscape.Data.Validation;

/// <summary>The validator of every kind of entry, built once; the seed loader, the import and the mutations share them.</summary>
public sealed class CatalogValidators(TimeProvider clock)
{
    public TimeProvider Clock { get; } = clock;
    public SourceFieldsValidator Source { get; } = new(clock);
    public CategoryFieldsValidator Category { get; } = new();
    public OrganizationFieldsValidator Organization { get; } = new(clock);
    public ProductFieldsValidator Product { get; } = new(clock);
    public ModelFieldsValidator Model { get; } = new(clock);
    public FundingRoundFieldsValidator FundingRound { get; } = new(clock);
    public UsageMetricFieldsValidator UsageMetric { get; } = new(clock);
}
