using System.Linq.Expressions;
using GraphQL;
using GraphQL.Types;
using Landscape.Data;
using Landscape.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Landscape.Api.Graph.Products;

/// <summary>The root fields that read products.</summary>
public sealed class ProductQueries : IQueryFields
{
    public void Register(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ProductConnectionGraphType>>("products")
            .Description("Products of the landscape: filtered, ordered, keyset-paginated.")
            .PagingArguments()
            .Argument<ProductFilterGraphType>("filter", "Which products.")
            .Argument<ProductOrderGraphType>("orderBy", "Ordering; by default NAME ASC.")
            .Argument<CalendarDateGraphType>(AsOfDay.Argument, "Look at the landscape as it stood on this day: products on the market then, and facts known by then.")
            .ResolveAsync(async c => await ProductList.PageAsync(c.ReadContexts(),
                c.GetArgument<ProductFilter?>("filter"), c.GetArgument<ProductOrder?>("orderBy"),
                AsOfDay.From(c), Paging.From(c), ProductShape.RequestsOrganization(c), c.CancellationToken));

        query.Field<ProductGraphType>("product")
            .Description("One product by its slug; null when there is none.")
            .Argument<NonNullGraphType<StringGraphType>>("slug", "The product's slug, e.g. \"chatgpt\".")
            .Argument<CalendarDateGraphType>(AsOfDay.Argument, "Facts below (funding, usage) as known on this day.")
            .ResolveAsync(async c =>
            {
                var bySlug = ProductShape.RequestsOrganization(c) ? BySlugWithOrganization : BySlug;
                return await c.ReadAsync(db => bySlug(db, c.GetArgument<string>("slug"), c.CancellationToken));
            });
    }

    private static readonly Func<LandscapeDbContext, string, CancellationToken, Task<Product?>> BySlug = CompileBySlug(ProductShape.Readable);

    private static readonly Func<LandscapeDbContext, string, CancellationToken, Task<Product?>> BySlugWithOrganization =
        CompileBySlug(ProductShape.ReadableWithOrganization);

    private static Func<LandscapeDbContext, string, CancellationToken, Task<Product?>> CompileBySlug(Expression<Func<Product, Product>> shape) =>
        EF.CompileAsyncQuery((LandscapeDbContext db, string slug, CancellationToken _) =>
            db.Products.AsNoTracking().Where(p => p.Slug == slug).Select(shape).FirstOrDefault());
}
