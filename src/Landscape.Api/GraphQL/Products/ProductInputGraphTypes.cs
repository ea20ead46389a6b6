using GraphQL.Types;
using Landscape.Api.GraphQL.Common;

namespace Landscape.Api.GraphQL.Products;

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

public sealed class ArchiveInputGraphType : InputObjectGraphType
{
    public ArchiveInputGraphType()
    {
        Name = "ArchiveInput";
        Description = "Which entry to archive (it disappears from reads; its history stays).";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The entry's global id.");
        Field<NonNullGraphType<IntGraphType>>("expectedVersion").Description("The version you read.");
    }
}

public sealed class ProductLinkInputGraphType : InputObjectGraphType
{
    public ProductLinkInputGraphType()
    {
        Name = "ProductLinkInput";
        Description = "A product and a category or a model to link it to, or unlink it from.";
        Field<NonNullGraphType<IdGraphType>>("productId").Description("The product's global id.");
        Field<StringGraphType>("categorySlug").Description("A category of the product's layer (for category links).");
        Field<IdGraphType>("modelId").Description("A model's global id (for model links).");
    }
}

public sealed class ProductPayloadGraphType() : Mutations.PayloadGraphType<ProductGraphType>("ProductPayload", "product");
