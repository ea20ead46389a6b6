using Landscape.Data.Entities;
using Landscape.Data.Writing;

namespace Landscape.Data.Seed;

public sealed class SeedLineage : SeedEntry
{
    public string? Model { get; set; }
    public string? Relation { get; set; }
    public string? Source { get; set; }

    public LineageEdgeFields ToFields(SeedValues values) => values.Map<LineageEdgeFields>(this) with
    {
        Source = Source is null ? null : new SourceFields { Url = Source },
    };
}
