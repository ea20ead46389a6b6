using GraphQL.Types;
using Landscape.Api.GraphQL.Models;
using Landscape.Api.GraphQL.Organizations;
using Landscape.Api.GraphQL.Products;

namespace Landscape.Api.GraphQL.Search;

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
