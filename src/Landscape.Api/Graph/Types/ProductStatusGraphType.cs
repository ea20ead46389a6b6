using GraphQL.Types;
using Landscape.Data.Entities;

namespace Landscape.Api.Graph.Types;

public sealed class ProductStatusGraphType : EnumerationGraphType<ProductStatus>
{
    public ProductStatusGraphType() => Description = "Whether a product is still offered.";
}
