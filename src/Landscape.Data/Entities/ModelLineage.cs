namespace Landscape.Data.Entities;

/// <summary>An edge of the model family tree: <see cref="Model"/> derives from <see cref="DerivedFrom"/>.</summary>
public sealed class ModelLineage
{
    public int ModelId { get; set; }
    public Model Model { get; set; } = null!;
    public int DerivedFromId { get; set; }
    public Model DerivedFrom { get; set; } = null!;
    public LineageRelation Relation { get; set; }

    /// <summary>The paper or model card that states the derivation.</summary>
    public int? SourceId { get; set; }
    public Source? Source { get; set; }
}
