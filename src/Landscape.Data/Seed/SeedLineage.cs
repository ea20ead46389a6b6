namespace Landscape.Data.Seed;

public sealed class SeedLineage : SeedEntry
{
    public string? Model { get; set; }
    public string? Relation { get; set; }
}
