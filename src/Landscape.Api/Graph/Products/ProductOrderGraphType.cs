using GraphQL.Types;

namespace Landscape.Api.Graph.Products;

public sealed class ProductOrderGraphType : InputObjectGraphType<ProductOrder>
{
    public ProductOrderGraphType()
    {
        Name = "ProductOrder";
        Description = "An ordering of products.";
        Field<NonNullGraphType<ProductOrderFieldGraphType>>("field").Description("What to order by.");
        Field<NonNullGraphType<OrderDirectionGraphType>>("direction").Description("ASC or DESC.").DefaultValue(OrderDirection.Asc);
    }
}
