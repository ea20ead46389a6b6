namespace Landscape.Data.Seed;

public sealed class SeedInvestor : SeedEntry
{
    public string? Organization { get; set; }
    public bool Lead { get; set; }
}
