using System.Linq.Expressions;
using Landscape.Data.Entities;

namespace Landscape.Api.Graph.Products;

/// <summary>
/// The product columns the API reads: every field but the search vector, which only filters
/// (in SQL) and is the most expensive column to ship and parse. Lists of thousands of products
/// (the landscape map) read this shape instead of whole rows.
/// </summary>
public static class ProductShape
{
    public static readonly Expression<Func<Product, Product>> Readable = Columns(nameof(Product.SearchVector));

    /// <summary>The long text fields: a request that asks for none of them can read <see cref="Compact"/>.</summary>
    public static readonly IReadOnlySet<string> WideFields = new HashSet<string>(StringComparer.Ordinal) { "description", "homepageUrl", "logoUrl" };

    /// <summary><see cref="Readable"/> without the long text columns (left null): for big lists that do not ask for them.</summary>
    public static readonly Expression<Func<Product, Product>> Compact =
        Columns([nameof(Product.SearchVector), .. WideFields.Select(f => char.ToUpperInvariant(f[0]) + f[1..])]);

    /// <summary>The fields beyond <see cref="Names"/>' columns and the long texts: every other column, by its field name.</summary>
    public static readonly IReadOnlySet<string> DetailFields = ((MemberInitExpression)Compact.Body).Bindings
        .Select(b => char.ToLowerInvariant(b.Member.Name[0]) + b.Member.Name[1..])
        .Except(["id", "slug", "name", "organizationId", "layer", "launchedOn"], StringComparer.Ordinal)
        .ToHashSet(StringComparer.Ordinal);

    /// <summary>Identity, name, slug and the keys relations need: for maps that only label their boxes.</summary>
    public static readonly Expression<Func<Product, Product>> Names = p => new Product
    {
        Id = p.Id,
        Slug = p.Slug,
        Name = p.Name,
        OrganizationId = p.OrganizationId,
        Layer = p.Layer,
        LaunchedOn = p.LaunchedOn,
    };

    /// <summary>
    /// <see cref="Names"/> with the slug left empty: a map that shows no slugs reads one string per
    /// product instead of two (a layer of the largest maps is 60,000 products, and its strings are
    /// a quarter of what the request allocates).
    /// </summary>
    public static readonly Expression<Func<Product, Product>> Labels = p => new Product
    {
        Id = p.Id,
        Slug = "",
        Name = p.Name,
        OrganizationId = p.OrganizationId,
        Layer = p.Layer,
        LaunchedOn = p.LaunchedOn,
    };

    /// <summary>The narrowest shape that still answers every field the request selects below <paramref name="context"/>.</summary>
    public static Expression<Func<Product, Product>> For(GraphQL.IResolveFieldContext context) =>
        SelectionScan.RequestsAny(context, WideFields) ? Readable
        : SelectionScan.RequestsAny(context, DetailFields) ? Compact
        : SelectionScan.Requests(context, "slug") ? Names
        : Labels;

    /// <summary><see cref="Readable"/> with the product's organization joined in (left out when archived): one statement less for a page that shows it.</summary>
    public static readonly Expression<Func<Product, Product>> ReadableWithOrganization = WithOrganization(Readable);

    /// <summary>Whether the request asks for an organization anywhere below <paramref name="context"/> (then joining it costs less than a second query).</summary>
    public static bool RequestsOrganization(GraphQL.IResolveFieldContext context) =>
        SelectionScan.Requests(context, "organization");

    private static Expression<Func<Product, Product>> WithOrganization(Expression<Func<Product, Product>> shape)
    {
        var init = (MemberInitExpression)shape.Body;
        var product = shape.Parameters[0];
        var organization = typeof(Product).GetProperty(nameof(Product.Organization))!;
        return Expression.Lambda<Func<Product, Product>>(
            init.Update(init.NewExpression, [.. init.Bindings, Expression.Bind(organization, Expression.Property(product, organization))]),
            product);
    }

    /// <summary>Only what a product read needs, as a queryable step.</summary>
    public static IQueryable<Product> SelectReadable(this IQueryable<Product> products) => products.Select(Readable);

    /// <summary>Every column of a product but <paramref name="left"/>: a new column is read without a change here.</summary>
    private static Expression<Func<Product, Product>> Columns(params string[] left)
    {
        var product = Expression.Parameter(typeof(Product), "p");
        var columns = typeof(Product).GetProperties()
            .Where(c => c.CanWrite && !left.Contains(c.Name)
                && (c.PropertyType.IsValueType || c.PropertyType == typeof(string)))
            .Select(c => Expression.Bind(c, Expression.Property(product, c)));
        return Expression.Lambda<Func<Product, Product>>(Expression.MemberInit(Expression.New(typeof(Product)), columns), product);
    }
}
