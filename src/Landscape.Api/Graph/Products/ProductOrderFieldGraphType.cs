using GraphQL.Types;

namespace Landscape.Api.Graph.Products;

public sealed class ProductOrderFieldGraphType : EnumerationGraphType<ProductOrderField>
{
    public ProductOrderFieldGraphType()
    {
        Description = "What to order products by (the id breaks ties, so the order is total).";
        Values["NAME"]!.Description = "Name.";
        Values["LAUNCHED_ON"]!.Description = "Launch day.";
        Values["TOTAL_FUNDING_USD"]!.Description = "Total disclosed funding of the product's organization.";
        Values["LATEST_MAU"]!.Description = "The newest monthly-active-users figure.";
        Values["UPDATED_AT"]!.Description = "When the entry last changed.";
    }
}
