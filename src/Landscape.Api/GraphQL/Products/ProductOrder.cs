using Landscape.Api.GraphQL.Common;

namespace Landscape.Api.GraphQL.Products;

public sealed class ProductOrder
{
    public ProductOrderField Field { get; set; }
    public OrderDirection Direction { get; set; }
}
