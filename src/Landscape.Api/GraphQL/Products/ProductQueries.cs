using GraphQL;
using GraphQL.Types;
using Landscape.Api.GraphQL.Common;
using Landscape.Data;
using Landscape.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Landscape.Api.GraphQL.Products;

/// <summary>The root fields that read products.</summary>
public sealed class ProductQueries : IQueryFields
{
    private static readonly KeysetPager<Product, string> ByName = new("name", p => p.Name, p => p.Id, descending: false);

    public void Register(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ProductConnectionGraphType>>("products")
            .Description("Products of the landscape, by name.")
            .PagingArguments()
            .ResolveAsync(async c =>
            {
                var contexts = c.RequestServices!.GetRequiredService<IDbContextFactory<LandscapeDbContext>>();
                return await ByName.PageAsync(contexts, db => db.Products.AsNoTracking(), Paging.From(c), c.CancellationToken);
            });

        query.Field<ProductGraphType>("product")
            .Description("One product by its slug; null when there is none.")
            .Argument<NonNullGraphType<StringGraphType>>("slug", "The product's slug, e.g. \"chatgpt\".")
            .ResolveAsync(async c =>
            {
                var contexts = c.RequestServices!.GetRequiredService<IDbContextFactory<LandscapeDbContext>>();
                await using var db = await contexts.CreateDbContextAsync(c.CancellationToken);
                var slug = c.GetArgument<string>("slug");
                return await db.Products.AsNoTracking().FirstOrDefaultAsync(p => p.Slug == slug, c.CancellationToken);
            });
    }
}
