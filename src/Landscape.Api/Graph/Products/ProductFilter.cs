using Landscape.Data.Entities;

namespace Landscape.Api.Graph.Products;

/// <summary>The `filter` argument of `products`; every field given must hold.</summary>
public sealed class ProductFilter
{
    public Layer? Layer { get; set; }
    public List<string>? CategorySlugs { get; set; }
    public string? OrganizationSlug { get; set; }
    public string? Country { get; set; }
    public DateOnly? LaunchedAfter { get; set; }
    public DateOnly? LaunchedBefore { get; set; }
    public bool? HasFunding { get; set; }
    public string? Search { get; set; }
}
