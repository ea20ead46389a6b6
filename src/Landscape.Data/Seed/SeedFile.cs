namespace Landscape.Data.Seed;

/// <summary>One YAML file of seed/: any of the sections, each a list.</summary>
public sealed class SeedFile
{
    public List<SeedSource> Sources { get; set; } = [];
    public List<SeedCategory> Categories { get; set; } = [];
    public List<SeedOrganization> Organizations { get; set; } = [];
    public List<SeedModel> Models { get; set; } = [];
    public List<SeedProduct> Products { get; set; } = [];
}
