using GraphQL;
using GraphQL.Types;
using Landscape.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Landscape.Api.Graph.Taxonomy;

/// <summary>The root fields that read the taxonomy (a few dozen categories: plain lists).</summary>
public sealed class TaxonomyQueries : IQueryFields
{
    public void Register(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<CategoryGraphType>>>>("categories")
            .Description("The categories of the map, by layer and position.")
            .Argument<LayerGraphType>("layer", "Only this layer.")
            .ResolveAsync(async c =>
            {
                var layer = c.GetArgument<Layer?>("layer");
                return await c.ReadAsync(db => db.Categories.AsNoTracking()
                    .Where(x => layer == null || x.Layer == layer)
                    .OrderBy(x => x.Layer).ThenBy(x => x.SortOrder).ThenBy(x => x.Name)
                    .ToListAsync(c.CancellationToken));
            });

        query.Field<CategoryGraphType>("category")
            .Description("One category by its slug; null when there is none.")
            .Argument<NonNullGraphType<StringGraphType>>("slug", "The category's slug, e.g. \"assistants\".")
            .ResolveAsync(async c =>
            {
                var slug = c.GetArgument<string>("slug");
                return await c.ReadAsync(db => db.Categories.AsNoTracking().FirstOrDefaultAsync(x => x.Slug == slug, c.CancellationToken));
            });
    }
}
