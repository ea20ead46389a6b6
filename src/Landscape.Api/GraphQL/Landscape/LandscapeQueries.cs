using GraphQL;
using GraphQL.Types;
using Landscape.Api.GraphQL.Common;
using Landscape.Api.GraphQL.Products;
using Landscape.Data;
using Landscape.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Landscape.Api.GraphQL.Landscape;

/// <summary>`landscape`: the whole map — layers, categories, products — in one request and two queries.</summary>
public sealed class LandscapeQueries : IQueryFields
{
    public void Register(ObjectGraphType query) =>
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<LandscapeLayerGraphType>>>>("landscape")
            .Description("The landscape map: layers → categories → products, in map order.")
            .Argument<CalendarDateGraphType>(AsOfDay.Argument, "The map as it stood on this day: products launched by then and not yet discontinued, facts known by then.")
            .Argument<LayerGraphType>("layer", "Only this layer.")
            .Argument<ListGraphType<NonNullGraphType<StringGraphType>>>("categorySlugs", "Only these categories.")
            .ResolveAsync(async c => await BuildAsync(c, AsOfDay.From(c), c.GetArgument<Layer?>("layer"),
                c.GetArgument<List<string>?>("categorySlugs")));

    private static async Task<List<LandscapeLayer>> BuildAsync(IResolveFieldContext context, AsOfDay asOf, Layer? layer,
        List<string>? categorySlugs)
    {
        var contexts = context.RequestServices!.GetRequiredService<IDbContextFactory<LandscapeDbContext>>();
        await using var db = await contexts.CreateDbContextAsync(context.CancellationToken);
        var categories = await db.Categories.AsNoTracking()
            .Where(x => layer == null || x.Layer == layer)
            .Where(x => categorySlugs == null || categorySlugs.Contains(x.Slug))
            .OrderBy(x => x.Layer).ThenBy(x => x.SortOrder).ThenBy(x => x.Name)
            .ToListAsync(context.CancellationToken);
        var ids = categories.Select(x => x.Id).ToList();
        // A whole layer is thousands of products: read the long text columns only when asked for.
        var shape = ProductShape.For(context);
        var placements = await db.ProductCategories.AsNoTracking()
            .Where(pc => ids.Contains(pc.CategoryId))
            .Join(db.Products.AsNoTracking().OnMarket(asOf).Select(shape), pc => pc.ProductId, p => p.Id, (pc, p) => new { pc.CategoryId, Product = p })
            .OrderBy(x => x.Product.Name).ThenBy(x => x.Product.Id)
            .ToListAsync(context.CancellationToken);
        var byCategory = placements.ToLookup(x => x.CategoryId, x => x.Product);
        return categories.GroupBy(x => x.Layer)
            .Select(g => new LandscapeLayer(g.Key, g.Select(x => new LandscapeCategory(x, byCategory[x.Id].ToList())).ToList()))
            .ToList();
    }
}
