namespace Landscape.Data.Entities;

public sealed class Model : IEntity, IVersioned, IArchivable
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    public required string Name { get; set; }
    public int? OrganizationId { get; set; }
    public Organization? Organization { get; set; }
    public DateOnly? ReleasedOn { get; set; }
    public long? Parameters { get; set; }
    public long? TrainingTokens { get; set; }
    public int? ContextWindow { get; set; }
    public Modality Modality { get; set; }
    public bool OpenWeights { get; set; }
    public string? License { get; set; }
    public string? Description { get; set; }
    public int? TrainingGpus { get; set; }
    public string? TrainingGpuType { get; set; }
    public decimal? TrainingDays { get; set; }
    public decimal? TrainingCostUsd { get; set; }

    /// <summary>Where the training facts come from, when they are published.</summary>
    public int? SourceId { get; set; }
    public Source? Source { get; set; }

    public DateTimeOffset? ArchivedAt { get; set; }
    public List<ModelLineage> DerivedFrom { get => field ??= []; set; }
    public List<ModelLineage> Derivatives { get => field ??= []; set; }
    public List<ProductModel> Products { get => field ??= []; set; }
    public int Version { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
