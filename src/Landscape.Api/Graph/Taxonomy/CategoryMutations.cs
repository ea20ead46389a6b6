using GraphQL.Types;
using Landscape.Api.Graph.Mutations;
using Landscape.Data.Entities;
using Landscape.Data.Writing;

namespace Landscape.Api.Graph.Taxonomy;

public sealed class CategoryMutations : IMutationFields
{
    public void Register(ObjectGraphType mutation) =>
        mutation.AddMutation<CategoryGraphType, CreateCategoryInputGraphType, CreateCategoryInput>("createCategory", "category",
            "Adds a category to a layer of the map.", ApiKeyRole.Admin, CreateAsync);

    private static Task<object?> CreateAsync(CreateCategoryInput input, MutationWrite m) =>
        MutationFields.CreateAsync(new Category { Slug = "", Name = "", SortOrder = 1000 }, m, category => category.ApplyAsync(input, m.Write));
}

public sealed class CreateCategoryInputGraphType : RecordInputGraphType<CreateCategoryInput>
{
    public CreateCategoryInputGraphType()
    {
        Name = "CreateCategoryInput";
        Description = "A new category.";
        Field<NonNullGraphType<StringGraphType>>("slug").Description("Stable, URL-safe name.");
        Field<NonNullGraphType<StringGraphType>>("name").Description("Display name.");
        Field<NonNullGraphType<LayerGraphType>>("layer").Description("The layer it belongs to.");
        Field<StringGraphType>("parentSlug").Description("A category of the same layer it sits in.").Binds(nameof(CategoryFields.Parent));
        this.AddPlainFields();
    }
}
