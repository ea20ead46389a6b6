using GraphQL.Types;

namespace Landscape.Api.Graph.Stats;

public sealed class ProductGroupByGraphType : EnumerationGraphType<ProductGroupBy>
{
    public ProductGroupByGraphType()
    {
        Name = "ProductGroupBy";
        Description = "What product counts are broken down by. A product in two categories counts in both; COUNTRY is its organization's headquarters.";
    }
}
