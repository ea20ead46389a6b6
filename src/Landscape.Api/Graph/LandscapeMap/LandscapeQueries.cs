using GraphQL;
using GraphQL.Types;
using Landscape.Api.Graph.Products;
using Landscape.Data;
using Landscape.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Landscape.Api.Graph.LandscapeMap;

/// <summary>`landscape`: the whole map — layers, categories, products — in one request and two queries.</summary>
public sealed class LandscapeQueries : IQueryFields
{
    public void Register(ObjectGraphType query) =>
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<LandscapeLayerGraphType>>>>("landscape")
            .Description("The landscape map: layers → categories → products, in map order.")
            .Argument<CalendarDateGraphType>(AsOfDay.Argument, "The map as it stood on this day: products launched by then and not yet discontinued, facts known by then.")
            .Argument<LayerGraphType>("layer", "Only this layer.")
            .Argument<ListGraphType<NonNullGraphType<StringGraphType>>>("categorySlugs", "Only these categories.")
            .ResolveAsync(async c =>
            {
                // A whole layer is thousands of products: a few such requests at a time, and the
                // long text columns only when asked for.
                await c.RequestServices!.GetRequiredService<HeavyRequestGate>().EnterAsync(RequestState.Of(c.UserContext), c.CancellationToken);
                return await BuildAsync(c.ReadContexts(),
                    AsOfDay.From(c), c.GetArgument<Layer?>("layer"), c.GetArgument<List<string>?>("categorySlugs"),
                    ProductShape.For(c), c.CancellationToken);
            });

    /// <summary>The map; the embed draws the same one.</summary>
    public static async Task<List<LandscapeLayer>> BuildAsync(IDbContextFactory<LandscapeDbContext> contexts, AsOfDay asOf, Layer? layer,
        List<string>? categorySlugs, System.Linq.Expressions.Expression<Func<Product, Product>> shape, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var categories = await db.Categories.AsNoTracking()
            .Where(x => layer == null || x.Layer == layer)
            .Where(x => categorySlugs == null || categorySlugs.Contains(x.Slug))
            .OrderBy(x => x.Layer).ThenBy(x => x.SortOrder).ThenBy(x => x.Name)
            .ToListAsync(cancellationToken);
        var ids = categories.Select(x => x.Id).ToList();
        // Products from a subquery already in name order: PostgreSQL plans it apart from the join
        // (walking the (name, id) index) and then probes the layer's placements with it, so the
        // final sort gets its rows nearly in order. Left to itself it may hash the products instead
        // and sort 60,000 unordered rows of a large layer: ~180 ms of the database's time, not ~120.
        var productsByName = db.Products.FromSql($"SELECT * FROM products ORDER BY name, id");
        // The join with the (live) products already drops an archived product's placements; the
        // placements' own filter would join the products a second time.
        var placements = db.ProductCategories.IgnoreQueryFilters([QueryFilters.OfArchivedEntries]).AsNoTracking()
            .Where(pc => ids.Contains(pc.CategoryId))
            .Join(productsByName.AsNoTracking().OnMarket(asOf).Select(shape), pc => pc.ProductId, p => p.Id, (pc, p) => new { pc.CategoryId, Product = p })
            .OrderBy(x => x.Product.Name).ThenBy(x => x.Product.Id)
            .Select(x => ValueTuple.Create(x.CategoryId, x.Product));
        // Grouped as the rows stream in: a layer is thousands of rows, not worth a list of its own.
        var byCategory = new Dictionary<int, List<Product>>();
        await foreach (var (categoryId, product) in placements.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            if (!byCategory.TryGetValue(categoryId, out var products))
            {
                byCategory[categoryId] = products = [];
            }
            products.Add(product);
        }
        return categories.GroupBy(x => x.Layer)
            .Select(g => new LandscapeLayer(g.Key, g.Select(x => new LandscapeCategory(x, byCategory.GetValueOrDefault(x.Id) ?? [])).ToList()))
            .ToList();
    }
}
