using Landscape.Data.Entities;
using Landscape.Data.Writing;

namespace Landscape.Data.Seed;

public sealed class SeedModel : SeedEntry
{
    public string? Slug { get; set; }
    public string? Name { get; set; }
    public string? Organization { get; set; }
    public string? ReleasedOn { get; set; }
    public string? Modality { get; set; }
    public long? Parameters { get; set; }
    public long? TrainingTokens { get; set; }
    public int? ContextWindow { get; set; }
    public bool OpenWeights { get; set; }
    public string? License { get; set; }
    public string? Description { get; set; }
    public int? TrainingGpus { get; set; }
    public string? TrainingGpuType { get; set; }
    public decimal? TrainingDays { get; set; }
    public decimal? TrainingCostUsd { get; set; }
    public string? Source { get; set; }
    public List<SeedLineage> DerivedFrom { get; set; } = [];

    /// <summary>The model's own fields; its lineage (<see cref="DerivedFrom"/>) is applied once every model exists.</summary>
    public ModelFields ToFields(SeedValues values) => values.Map<ModelFields>(this) with
    {
        Source = Source is null ? null : new SourceFields { Url = Source },
    };

    public IReadOnlyList<LineageEdgeFields> LineageFields(SeedValues values) =>
        DerivedFrom.Select(edge => edge.ToFields(values)).ToList();
}
