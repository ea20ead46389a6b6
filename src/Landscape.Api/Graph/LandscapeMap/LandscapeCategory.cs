using Landscape.Data.Entities;

namespace Landscape.Api.Graph.LandscapeMap;

/// <summary>One box of the map with the products in it.</summary>
public sealed record LandscapeCategory(Category Category, IReadOnlyList<Product> Products);
