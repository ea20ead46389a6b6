using System.ComponentModel;
using Landscape.Data.Entities;

namespace Landscape.Data.Writing;

/// <summary>A model's editable fields; <see cref="DerivedFrom"/> replaces its lineage edges.</summary>
public record ModelFields
{
    public Optional<string?> Slug { get; init; }
    public Optional<string?> Name { get; init; }
    public Optional<string?> Organization { get; init; }
    [Description("When it was released.")]
    public Optional<DateOnly?> ReleasedOn { get; init; }
    public Optional<Modality> Modality { get; init; }
    [Description("Parameter count, where published.")]
    public Optional<long?> Parameters { get; init; }
    [Description("Training tokens, where published.")]
    public Optional<long?> TrainingTokens { get; init; }
    [Description("Context window in tokens.")]
    public Optional<int?> ContextWindow { get; init; }
    [Description("Whether the weights are published.")]
    public Optional<bool> OpenWeights { get; init; }
    [Description("Licence.")]
    public Optional<string?> License { get; init; }
    [Description("A short description.")]
    public Optional<string?> Description { get; init; }
    [Description("Accelerators used to train it.")]
    public Optional<int?> TrainingGpus { get; init; }
    [Description("Which accelerator.")]
    public Optional<string?> TrainingGpuType { get; init; }
    [Description("Training time in days.")]
    public Optional<decimal?> TrainingDays { get; init; }
    [Description("Training cost in US dollars.")]
    public Optional<decimal?> TrainingCostUsd { get; init; }
    public Optional<SourceFields?> Source { get; init; }
    public Optional<IReadOnlyList<LineageEdgeFields>> DerivedFrom { get; init; }
}
