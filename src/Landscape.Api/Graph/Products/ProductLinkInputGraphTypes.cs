using GraphQL.Types;
using Landscape.Api.Graph.Mutations;
using Landscape.Data.Writing;

namespace Landscape.Api.Graph.Products;

/// <summary>`AddProductCategoryInput` / `RemoveProductCategoryInput`.</summary>
public abstract class ProductCategoryLinkInputGraphType : RecordInputGraphType<ProductLinkInput>
{
    protected ProductCategoryLinkInputGraphType(string verb)
    {
        Name = $"{verb}ProductCategoryInput";
        Description = "A product and a category of its layer.";
        Field<NonNullGraphType<IdGraphType>>("productId").Description("The product's global id.");
        Field<NonNullGraphType<StringGraphType>>("categorySlug").Description("A category of the product's layer.")
            .Reports(nameof(ProductFields.Categories));
    }
}

/// <summary>`AddProductModelInput` / `RemoveProductModelInput`.</summary>
public abstract class ProductModelLinkInputGraphType : RecordInputGraphType<ProductLinkInput>
{
    protected ProductModelLinkInputGraphType(string verb)
    {
        Name = $"{verb}ProductModelInput";
        Description = "A product and a model it is built on.";
        Field<NonNullGraphType<IdGraphType>>("productId").Description("The product's global id.");
        Field<NonNullGraphType<IdGraphType>>("modelId").Description("The model's global id.").Reports(nameof(ProductFields.BuiltOn));
    }
}

public sealed class AddProductCategoryInputGraphType() : ProductCategoryLinkInputGraphType("Add");

public sealed class RemoveProductCategoryInputGraphType() : ProductCategoryLinkInputGraphType("Remove");

public sealed class AddProductModelInputGraphType() : ProductModelLinkInputGraphType("Add");

public sealed class RemoveProductModelInputGraphType() : ProductModelLinkInputGraphType("Remove");

public sealed class ArchiveProductInputGraphType() : ArchiveInputGraphType("Product");
