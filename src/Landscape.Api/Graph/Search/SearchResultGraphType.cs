using GraphQL.Types;
using Landscape.Api.Graph.Models;
using Landscape.Api.Graph.Organizations;
using Landscape.Api.Graph.Products;

namespace Landscape.Api.Graph.Search;

public sealed class SearchResultGraphType : UnionGraphType
{
    public SearchResultGraphType()
    {
        Name = "SearchResult";
        Description = "A product, organization or model that matches a search.";
        Type<ProductGraphType>();
        Type<OrganizationGraphType>();
        Type<ModelGraphType>();
    }
}
