using Landscape.Data.Entities;

namespace Landscape.Api.Graph.Products;

public sealed class ProductConnectionGraphType() : ConnectionGraphType<ProductGraphType, ProductEdgeGraphType, Product>("Product");
