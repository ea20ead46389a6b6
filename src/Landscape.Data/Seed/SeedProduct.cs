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
    public string? LaunchSource { get; set; }
    public string? DiscontinuedOn { get; set; }
    public string? Status { get; set; } = "ACTIVE";
    public string? HomepageUrl { get; set; }
    public string? LogoUrl { get; set; }
    public bool OpenSource { get; set; }
    public string? Description { get; set; }
    public List<SeedUsage> Usage { get; set; } = [];

    public ProductFields ToFields(SeedValues values) => values.Map<ProductFields>(this) with
    {
        LaunchSource = LaunchSource is null ? null : new SourceFields { Url = LaunchSource },
    };
}
