using Landscape.Data.Entities;

namespace Landscape.Data.Writing;

/// <summary>A model's editable fields; <see cref="DerivedFrom"/> replaces its lineage edges.</summary>
public record ModelFields
{
    public Optional<string?> Slug { get; init; }
    public Optional<string?> Name { get; init; }
    public Optional<string?> Organization { get; init; }
    public Optional<DateOnly?> ReleasedOn { get; init; }
    public Optional<Modality> Modality { get; init; }
    public Optional<long?> Parameters { get; init; }
    public Optional<long?> TrainingTokens { get; init; }
    public Optional<int?> ContextWindow { get; init; }
    public Optional<bool> OpenWeights { get; init; }
    public Optional<string?> License { get; init; }
    public Optional<string?> Description { get; init; }
    public Optional<int?> TrainingGpus { get; init; }
    public Optional<string?> TrainingGpuType { get; init; }
    public Optional<decimal?> TrainingDays { get; init; }
    public Optional<decimal?> TrainingCostUsd { get; init; }
    public Optional<SourceFields?> Source { get; init; }
    public Optional<IReadOnlyList<LineageEdgeFields>> DerivedFrom { get; init; }
}
