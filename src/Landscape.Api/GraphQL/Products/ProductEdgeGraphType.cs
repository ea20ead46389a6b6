using Landscape.Api.GraphQL.Common;
using Landscape.Data.Entities;

namespace Landscape.Api.GraphQL.Products;

public sealed class ProductEdgeGraphType() : EdgeGraphType<ProductGraphType, Product>("Product");
