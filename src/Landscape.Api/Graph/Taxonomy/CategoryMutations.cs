using GraphQL.Types;
using Landscape.Api.Graph.Mutations;
using Landscape.Data.Entities;
using Landscape.Data.Validation;
using Microsoft.EntityFrameworkCore;

namespace Landscape.Api.Graph.Taxonomy;

public sealed class CategoryMutations : IMutationFields
{
    public void Register(ObjectGraphType mutation) =>
        mutation.AddMutation<CategoryGraphType, CreateCategoryInputGraphType>("createCategory", "category", "Adds a category to a layer of the map.",
            ApiKeyRole.Admin, CreateAsync);

    private static async Task<object?> CreateAsync(WriteSession session)
    {
        var input = session.Input;
        var category = new Category
        {
            Slug = input.Get<string>("slug") ?? "",
            Name = input.Get<string>("name") ?? "",
            Layer = input.Get<Layer?>("layer") ?? Layer.Application,
            Description = input.Get<string>("description"),
            SortOrder = input.Get<int?>("sortOrder") ?? 1000,
        };
        session.Validate(session.Validators.Category, new CategoryFields(category.Slug, category.Name, input.Get<Layer?>("layer"),
            category.Description), input);
        if (input.Get<string>("parentSlug") is { } parentSlug)
        {
            var parent = await session.Db.Categories.FirstOrDefaultAsync(c => c.Slug == parentSlug);
            if (parent is null || parent.Layer != category.Layer)
            {
                session.Error(input.PathTo("parentSlug"), ErrorCodes.UnknownReference, $"No category '{parentSlug}' in the same layer.");
            }
            category.Parent = parent;
        }
        if (await session.Db.Categories.AnyAsync(c => c.Slug == category.Slug))
        {
            session.Error(input.PathTo("slug"), ErrorCodes.Duplicate, $"A category with slug '{category.Slug}' exists already.");
        }
        if (session.HasErrors)
        {
            return null;
        }
        session.Db.Categories.Add(category);
        return category;
    }
}

public sealed class CreateCategoryInputGraphType : InputObjectGraphType
{
    public CreateCategoryInputGraphType()
    {
        Name = "CreateCategoryInput";
        Description = "A new category.";
        Field<NonNullGraphType<StringGraphType>>("slug").Description("Stable, URL-safe name.");
        Field<NonNullGraphType<StringGraphType>>("name").Description("Display name.");
        Field<NonNullGraphType<LayerGraphType>>("layer").Description("The layer it belongs to.");
        Field<StringGraphType>("parentSlug").Description("A category of the same layer it sits in.");
        Field<StringGraphType>("description").Description("What belongs here.");
        Field<IntGraphType>("sortOrder").Description("Position within the layer (default: last).");
    }
}
