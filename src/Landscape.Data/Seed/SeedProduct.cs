using Landscape.Data.Entities;
using Landscape.Data.Writing;

namespace Landscape.Data.Seed;

public sealed class SeedProduct : SeedEntry
{
    public string? Slug { get; set; }
    public string? Name { get; set; }
    public string? Organization { get; set; }
    public string? Layer { get; set; }
    public List<string> Categories { get; set; } = [];
    public List<string> BuiltOn { get; set; } = [];
    public string? LaunchedOn { get; set; }
    public string? DiscontinuedOn { get; set; }
    public string? Status { get; set; }
    public string? HomepageUrl { get; set; }
    public string? LogoUrl { get; set; }
    public bool OpenSource { get; set; }
    public string? Description { get; set; }
    public List<SeedUsage> Usage { get; set; } = [];

    public ProductFields ToFields(SeedValues values) => new()
    {
        Slug = Slug, Name = Name, Layer = values.Enum<Layer>(this, "layer", Layer), Organization = Organization,
        Categories = Categories, BuiltOn = BuiltOn,
        LaunchedOn = values.Date(this, "launched_on", LaunchedOn), DiscontinuedOn = values.Date(this, "discontinued_on", DiscontinuedOn),
        Status = values.Enum<ProductStatus>(this, "status", Status ?? "ACTIVE"),
        HomepageUrl = HomepageUrl, LogoUrl = LogoUrl, OpenSource = OpenSource, Description = Description,
    };
}
