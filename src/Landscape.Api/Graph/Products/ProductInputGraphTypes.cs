using GraphQL.Types;

namespace Landscape.Api.Graph.Products;

/// <summary>The editable fields of a product, shared by create and update inputs.</summary>
internal static class ProductInputFields
{
    public static void Add(InputObjectGraphType input, bool create)
    {
        if (create)
        {
            input.Field<NonNullGraphType<StringGraphType>>("slug").Description("Stable, URL-safe name: lowercase words joined by hyphens.");
            input.Field<NonNullGraphType<StringGraphType>>("name").Description("Display name.");
            input.Field<NonNullGraphType<LayerGraphType>>("layer").Description("The layer of the industry chain.");
            input.Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("categorySlugs")
                .Description("One or more categories of the product's layer.");
        }
        else
        {
            input.Field<StringGraphType>("name").Description("Display name.");
            input.Field<LayerGraphType>("layer").Description("The layer of the industry chain.");
            input.Field<ListGraphType<NonNullGraphType<StringGraphType>>>("categorySlugs")
                .Description("Replaces the categories: one or more of the product's layer.");
        }
        input.Field<IdGraphType>("organizationId").Description("Global id of the organization that makes it.");
        input.Field<ListGraphType<NonNullGraphType<IdGraphType>>>("builtOnModelIds").Description("Global ids of the models it is built on (replaces the list).");
        input.Field<CalendarDateGraphType>("launchedOn").Description("When it launched (not in the future, not before its organization was founded).");
        input.Field<CalendarDateGraphType>("discontinuedOn").Description("When it was discontinued.");
        input.Field<ProductStatusGraphType>("status").Description("ACTIVE by default.");
        input.Field<StringGraphType>("homepageUrl").Description("Official page (http or https).");
        input.Field<StringGraphType>("logoUrl").Description("Logo image URL (http or https).");
        input.Field<BooleanGraphType>("openSource").Description("Whether its source is open.");
        input.Field<StringGraphType>("description").Description("A short description.");
        input.Field<BooleanGraphType>("allowSimilarName")
            .Description("Set to true to create or rename it even though an existing product has a very similar name.");
    }
}

public sealed class CreateProductInputGraphType : InputObjectGraphType
{
    public CreateProductInputGraphType()
    {
        Name = "CreateProductInput";
        Description = "A new product.";
        ProductInputFields.Add(this, create: true);
    }
}

public sealed class UpdateProductInputGraphType : InputObjectGraphType
{
    public UpdateProductInputGraphType()
    {
        Name = "UpdateProductInput";
        Description = "Changes to a product: only the fields given change; an explicit null clears a field.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The product's global id.");
        Field<NonNullGraphType<IntGraphType>>("expectedVersion").Description("The version you read; a different current version is a CONFLICT.");
        ProductInputFields.Add(this, create: false);
    }
}

public sealed class ArchiveProductInputGraphType() : Mutations.ArchiveInputGraphType("Product");

/// <summary>`AddProductCategoryInput` / `RemoveProductCategoryInput`.</summary>
public abstract class ProductCategoryLinkInputGraphType : InputObjectGraphType
{
    protected ProductCategoryLinkInputGraphType(string verb)
    {
        Name = $"{verb}ProductCategoryInput";
        Description = "A product and a category of its layer.";
        Field<NonNullGraphType<IdGraphType>>("productId").Description("The product's global id.");
        Field<NonNullGraphType<StringGraphType>>("categorySlug").Description("A category of the product's layer.");
    }
}

public sealed class AddProductCategoryInputGraphType() : ProductCategoryLinkInputGraphType("Add");

public sealed class RemoveProductCategoryInputGraphType() : ProductCategoryLinkInputGraphType("Remove");

/// <summary>`AddProductModelInput` / `RemoveProductModelInput`.</summary>
public abstract class ProductModelLinkInputGraphType : InputObjectGraphType
{
    protected ProductModelLinkInputGraphType(string verb)
    {
        Name = $"{verb}ProductModelInput";
        Description = "A product and a model it is built on.";
        Field<NonNullGraphType<IdGraphType>>("productId").Description("The product's global id.");
        Field<NonNullGraphType<IdGraphType>>("modelId").Description("The model's global id.");
    }
}

public sealed class AddProductModelInputGraphType() : ProductModelLinkInputGraphType("Add");

public sealed class RemoveProductModelInputGraphType() : ProductModelLinkInputGraphType("Remove");
