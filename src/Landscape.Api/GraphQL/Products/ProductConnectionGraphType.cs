using Landscape.Api.GraphQL.Common;
using Landscape.Data.Entities;

namespace Landscape.Api.GraphQL.Products;

public sealed class ProductConnectionGraphType() : ConnectionGraphType<ProductGraphType, ProductEdgeGraphType, Product>("Product");
