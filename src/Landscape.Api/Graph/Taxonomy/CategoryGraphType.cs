using GraphQL.Types;
using Landscape.Data.Entities;

namespace Landscape.Api.Graph.Taxonomy;

public sealed class CategoryGraphType : ObjectGraphType<Category>
{
    public CategoryGraphType()
    {
        Name = "Category";
        Description = "A box of the landscape map, inside one layer.";
        Interface<NodeInterface>();
        Field<NonNullGraphType<IdGraphType>>("id").Description("Global id.").Resolve(c => GlobalId.Encode("Category", c.Source.Id));
        Field<NonNullGraphType<StringGraphType>>("slug").Description("Stable, URL-safe name.").Resolve(c => c.Source.Slug);
        Field<NonNullGraphType<StringGraphType>>("name").Description("Display name.").Resolve(c => c.Source.Name);
        Field<NonNullGraphType<LayerGraphType>>("layer").Description("The layer this category belongs to.").Resolve(c => c.Source.Layer);
        Field<StringGraphType>("description").Description("What belongs here.").Resolve(c => c.Source.Description);
        Field<CategoryGraphType>("parent").Description("The category it sits in, if any.")
            .Resolve(c => c.Source.ParentId is { } id ? c.Loader<EntityByIdLoader<Category>>().Load(id) : null);
        Field<NonNullGraphType<IntGraphType>>("sortOrder").Description("Position within the layer.").Resolve(c => c.Source.SortOrder);
        Field<NonNullGraphType<IntGraphType>>("version").Description("Bumped on every change; send it as `expectedVersion` when updating.").Resolve(c => c.Source.Version);
    }
}
