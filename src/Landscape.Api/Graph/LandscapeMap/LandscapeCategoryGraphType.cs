using GraphQL.Types;
using Landscape.Api.Graph.Products;
using Landscape.Api.Graph.Taxonomy;

namespace Landscape.Api.Graph.LandscapeMap;

public sealed class LandscapeCategoryGraphType : ObjectGraphType<LandscapeCategory>
{
    public LandscapeCategoryGraphType()
    {
        Name = "LandscapeCategory";
        Description = "A box of the landscape map with its products.";
        Field<NonNullGraphType<CategoryGraphType>>("category").Description("The category.").Resolve(c => c.Source.Category);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProductGraphType>>>>("products")
            .Description("Its products, by name.").Resolve(c => c.Source.Products);
        Field<NonNullGraphType<IntGraphType>>("productCount").Description("How many products.").Resolve(c => c.Source.Products.Count);
    }
}
