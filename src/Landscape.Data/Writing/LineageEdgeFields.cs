using Landscape.Data.Entities;

namespace Landscape.Data.Writing;

/// <summary>A model the written one derives from, and how.</summary>
public record LineageEdgeFields
{
    public Optional<string?> Model { get; init; }
    public Optional<LineageRelation> Relation { get; init; }
    public Optional<SourceFields?> Source { get; init; }
}
