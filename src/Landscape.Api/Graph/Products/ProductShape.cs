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
    /// <summary>Every column but the search vector: a new column is read without a change here.</summary>
    public static readonly Expression<Func<Product, Product>> Readable = Columns(nameof(Product.SearchVector));

    /// <summary>The long text fields: a request that asks for none of them can read <see cref="Compact"/>.</summary>
    public static readonly IReadOnlySet<string> WideFields = new HashSet<string>(StringComparer.Ordinal) { "description", "homepageUrl", "logoUrl" };

    /// <summary><see cref="Readable"/> without the long text columns (left null): for big lists that do not ask for them.</summary>
    public static readonly Expression<Func<Product, Product>> Compact = Narrow(Readable, b => !WideFields.Contains(FieldName(b)));

    /// <summary>Identity, name, slug and the keys relations need: for maps that only label their boxes.</summary>
    public static readonly Expression<Func<Product, Product>> Names = Narrow(Readable, b => b.Member.Name is nameof(Product.Id) or nameof(Product.Slug)
        or nameof(Product.Name) or nameof(Product.OrganizationId) or nameof(Product.Layer) or nameof(Product.LaunchedOn));

    /// <summary>The fields beyond <see cref="Names"/>' columns and the long texts: every other column, by its field name.</summary>
    public static readonly IReadOnlySet<string> DetailFields = ((MemberInitExpression)Compact.Body).Bindings.SelectMany(FieldNames)
        .Except(((MemberInitExpression)Names.Body).Bindings.SelectMany(FieldNames), StringComparer.Ordinal)
        .ToHashSet(StringComparer.Ordinal);

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

    /// <summary>Every column of a product but <paramref name="left"/>.</summary>
    private static Expression<Func<Product, Product>> Columns(params string[] left)
    {
        var product = Expression.Parameter(typeof(Product), "p");
        var columns = typeof(Product).GetProperties()
            .Where(c => c.CanWrite && !left.Contains(c.Name) && (c.PropertyType.IsValueType || c.PropertyType == typeof(string)))
            .Select(c => Expression.Bind(c, Expression.Property(product, c)));
        return Expression.Lambda<Func<Product, Product>>(Expression.MemberInit(Expression.New(typeof(Product)), columns), product);
    }

    private static string FieldName(MemberBinding column) => char.ToLowerInvariant(column.Member.Name[0]) + column.Member.Name[1..];

    /// <summary>The fields a column answers: its own name, and for a key (`launchSourceId`) the reference it leads to.</summary>
    private static IEnumerable<string> FieldNames(MemberBinding column) =>
        FieldName(column) is var name && name.Length > 2 && name.EndsWith("Id", StringComparison.Ordinal) ? [name, name[..^2]] : [name];

    /// <summary>Only what a product read needs, as a queryable step.</summary>
    public static IQueryable<Product> SelectReadable(this IQueryable<Product> products) => products.Select(Readable);
}
