
namespace Landscape.Api.Graph.Products;

public sealed class ProductOrder
{
    public ProductOrderField Field { get; set; }
    public OrderDirection Direction { get; set; }
}
