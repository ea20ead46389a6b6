using GraphQL.Types;
using Landscape.Api.Graph.Mutations;
using Landscape.Data.Writing;

namespace Landscape.Api.Graph.Products;

/// <summary>The editable fields of a product, shared by the create and update inputs.</summary>
internal static class ProductInputFields
{
    public static void Add<T>(InputObjectGraphType<T> input, bool create) where T : ProductFields
    {
        if (create)
        {
            input.Field<NonNullGraphType<StringGraphType>>("slug").Description("Stable, URL-safe name: lowercase words joined by hyphens.");
            input.Field<NonNullGraphType<StringGraphType>>("name").Description("Display name.");
            input.Field<NonNullGraphType<LayerGraphType>>("layer").Description("The layer of the industry chain.");
            input.Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("categorySlugs")
                .Description("One or more categories of the product's layer.").Binds(nameof(ProductFields.Categories));
        }
        else
        {
            input.Field<StringGraphType>("name").Description("Display name.");
            input.Field<LayerGraphType>("layer").Description("The layer of the industry chain.");
            input.Field<ListGraphType<NonNullGraphType<StringGraphType>>>("categorySlugs")
                .Description("Replaces the categories: one or more of the product's layer.").Binds(nameof(ProductFields.Categories));
        }
        input.Field<IdGraphType>("organizationId").Description("Global id of the organization that makes it.").Binds(nameof(ProductFields.Organization));
        input.Field<ListGraphType<NonNullGraphType<IdGraphType>>>("builtOnModelIds").Description("Global ids of the models it is built on (replaces the list).")
            .Binds(nameof(ProductFields.BuiltOn));
        input.Field<Funding.SourceInputGraphType>("launchSource").Description("The page that dates the launch.");
        input.AddPlainFields();
        input.Field<BooleanGraphType>("allowSimilarName")
            .Description("Set to true to create or rename it even though an existing product has a very similar name.");
    }
}
