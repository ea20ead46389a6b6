using Landscape.Data.Entities;

namespace Landscape.Api.Graph.Products;

public sealed class ProductEdgeGraphType() : EdgeGraphType<ProductGraphType, Product>("Product");
