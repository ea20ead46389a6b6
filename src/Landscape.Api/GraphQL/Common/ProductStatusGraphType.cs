using GraphQL.Types;
using Landscape.Data.Entities;

namespace Landscape.Api.GraphQL.Common;

public sealed class ProductStatusGraphType : EnumerationGraphType<ProductStatus>
{
    public ProductStatusGraphType() => Description = "Whether a product is still offered.";
}
