using Landscape.Data.Entities;
using Landscape.Data.Writing;

namespace Landscape.Data.Seed;

public sealed class SeedCategory : SeedEntry
{
    public string? Slug { get; set; }
    public string? Name { get; set; }
    public string? Layer { get; set; }
    public string? Parent { get; set; }
    public int SortOrder { get; set; }
    public string? Description { get; set; }

    public CategoryFields ToFields(SeedValues values) => values.Map<CategoryFields>(this);
}
