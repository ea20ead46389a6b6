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
    public static readonly Expression<Func<Product, Product>> Readable = p => new Product
    {
        Id = p.Id,
        Slug = p.Slug,
        Name = p.Name,
        OrganizationId = p.OrganizationId,
        Layer = p.Layer,
        LaunchedOn = p.LaunchedOn,
        DiscontinuedOn = p.DiscontinuedOn,
        Status = p.Status,
        HomepageUrl = p.HomepageUrl,
        Description = p.Description,
        LogoUrl = p.LogoUrl,
        OpenSource = p.OpenSource,
        OrganizationFundingUsd = p.OrganizationFundingUsd,
        LatestMau = p.LatestMau,
        ArchivedAt = p.ArchivedAt,
        Version = p.Version,
        CreatedAt = p.CreatedAt,
        UpdatedAt = p.UpdatedAt,
    };

    /// <summary>The long text fields: a request that asks for none of them can read <see cref="Compact"/>.</summary>
    public static readonly IReadOnlySet<string> WideFields = new HashSet<string>(StringComparer.Ordinal) { "description", "homepageUrl", "logoUrl" };

    /// <summary><see cref="Readable"/> without the long text columns (left null): for big lists that do not ask for them.</summary>
    public static readonly Expression<Func<Product, Product>> Compact =
        Narrow(Readable, b => b.Member.Name is not (nameof(Product.Description) or nameof(Product.HomepageUrl) or nameof(Product.LogoUrl)));

    /// <summary>The fields beyond <see cref="Names"/>' columns (and the long texts).</summary>
    public static readonly IReadOnlySet<string> DetailFields = new HashSet<string>(StringComparer.Ordinal)
    {
        "status", "discontinuedOn", "openSource", "createdAt", "updatedAt", "version",
    };

    /// <summary>Identity, name, slug and the keys relations need: for maps that only label their boxes.</summary>
    public static readonly Expression<Func<Product, Product>> Names = Narrow(Readable, b => b.Member.Name is nameof(Product.Id) or nameof(Product.Slug)
        or nameof(Product.Name) or nameof(Product.OrganizationId) or nameof(Product.Layer) or nameof(Product.LaunchedOn));

    /// <summary>
    /// <see cref="Names"/> with the slug left empty: a map that shows no slugs reads one string per
    /// product instead of two (a layer of the largest maps is 60,000 products, and its strings are
    /// a quarter of what the request allocates).
    /// </summary>
    public static readonly Expression<Func<Product, Product>> Labels = Reshape(Names, bindings => bindings.Select(b =>
        b.Member.Name == nameof(Product.Slug) ? Expression.Bind(b.Member, Expression.Constant("")) : b));

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
        var organization = typeof(Product).GetProperty(nameof(Product.Organization))!;
        return Reshape(shape, bindings => [.. bindings, Expression.Bind(organization, Expression.Property(shape.Parameters[0], organization))]);
    }

    /// <summary>A shape with only the columns of <paramref name="shape"/> that <paramref name="keep"/> says (the others left at their defaults).</summary>
    private static Expression<Func<Product, Product>> Narrow(Expression<Func<Product, Product>> shape, Func<MemberBinding, bool> keep) =>
        Reshape(shape, bindings => bindings.Where(keep));

    /// <summary>The same `new Product { ... }` with other member bindings.</summary>
    private static Expression<Func<Product, Product>> Reshape(Expression<Func<Product, Product>> shape,
        Func<IEnumerable<MemberBinding>, IEnumerable<MemberBinding>> bindings)
    {
        var init = (MemberInitExpression)shape.Body;
        return Expression.Lambda<Func<Product, Product>>(init.Update(init.NewExpression, bindings(init.Bindings)), shape.Parameters);
    }

    /// <summary>Only what a product read needs, as a queryable step.</summary>
    public static IQueryable<Product> SelectReadable(this IQueryable<Product> products) => products.Select(Readable);
}
