namespace Landscape.Api.Graph.Products;

/// <summary>A product and the category (by slug) or model (by global id) it is linked to.</summary>
public sealed record ProductLinkInput
{
    public string ProductId { get; init; } = "";
    public string? CategorySlug { get; init; }
    public string? ModelId { get; init; }
}
