using Landscape.Data;
using Landscape.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Landscape.Api.Graph.Products;

/// <summary>The `products` list: filter, point in time, ordering and keyset paging in one query.</summary>
public static class ProductList
{
    private const UsageMetricKind Mau = UsageMetricKind.MonthlyActiveUsers;

    public static Task<Connection<Product>> PageAsync(ReadDbContextFactory contexts, ProductFilter? filter,
        ProductOrder? order, AsOfDay asOf, Paging paging, bool withOrganization, CancellationToken cancellationToken)
    {
        order ??= new ProductOrder { Field = ProductOrderField.Name, Direction = OrderDirection.Asc };
        var desc = order.Direction == OrderDirection.Desc;
        var day = asOf.Day;
        // The cursor remembers the ordering (and the day, for keys that depend on it).
        var tag = $"{order.Field}:{order.Direction}:{day:yyyy-MM-dd}";
        IQueryable<Product> Source(LandscapeDbContext db) => Filter(db.Products.AsNoTracking().OnMarket(asOf), filter, day);

        var shape = withOrganization ? ProductShape.ReadableWithOrganization : ProductShape.Readable;

        // Missing values sort last in both directions: they get a key beyond every real one.
        // Today's funding and users come from trigger-kept columns (an index walk for funding);
        // a past day computes them from the facts known then.
        return order.Field switch
        {
            ProductOrderField.LaunchedOn => new KeysetPager<Product, DateOnly>(tag,
                desc ? p => p.LaunchedOn ?? DateOnly.MinValue : p => p.LaunchedOn ?? DateOnly.MaxValue, p => p.Id, desc, shape)
                .PageAsync(contexts, Source, paging, cancellationToken),
            ProductOrderField.TotalFundingUsd when day is null => new KeysetPager<Product, decimal>(tag,
                p => p.OrganizationFundingUsd, p => p.Id, desc, shape).PageAsync(contexts, Source, paging, cancellationToken),
            ProductOrderField.TotalFundingUsd => new KeysetPager<Product, decimal>(tag,
                p => p.Organization!.FundingRounds.Where(r => r.AnnouncedOn <= day).Sum(r => r.AmountUsd ?? 0m),
                p => p.Id, desc, shape).PageAsync(contexts, Source, paging, cancellationToken),
            ProductOrderField.LatestMau when day is null => new KeysetPager<Product, long>(tag,
                desc ? p => p.LatestMau ?? -1L : p => p.LatestMau ?? long.MaxValue, p => p.Id, desc, shape)
                .PageAsync(contexts, Source, paging, cancellationToken),
            ProductOrderField.LatestMau => new KeysetPager<Product, long>(tag,
                p => p.UsageMetrics.Where(u => u.Metric == Mau && u.AsOf <= day)
                    .OrderByDescending(u => u.AsOf).ThenByDescending(u => u.Id)
                    .Select(u => (long?)u.Value).FirstOrDefault() ?? (desc ? -1L : long.MaxValue),
                p => p.Id, desc, shape).PageAsync(contexts, Source, paging, cancellationToken),
            ProductOrderField.UpdatedAt => new KeysetPager<Product, DateTimeOffset>(tag, p => p.UpdatedAt, p => p.Id, desc, shape)
                .PageAsync(contexts, Source, paging, cancellationToken),
            _ => new KeysetPager<Product, string>(tag, p => p.Name, p => p.Id, desc, shape)
                .PageAsync(contexts, Source, paging, cancellationToken),
        };
    }

    /// <summary>The products a filter selects; the list and the CSV export share it.</summary>
    public static IQueryable<Product> Filter(IQueryable<Product> products, ProductFilter? filter, DateOnly? day)
    {
        if (filter is null)
        {
            return products;
        }
        if (filter.Layer is { } layer)
        {
            products = products.Where(p => p.Layer == layer);
        }
        if (filter.CategorySlugs is { Count: > 0 } slugs)
        {
            products = products.Where(p => p.Categories.Any(c => slugs.Contains(c.Category.Slug)));
        }
        if (filter.OrganizationSlug is { } organization)
        {
            products = products.Where(p => p.Organization!.Slug == organization);
        }
        if (filter.Country is { } country)
        {
            products = products.Where(p => p.Organization!.HqCountry == country);
        }
        if (filter.LaunchedAfter is { } after)
        {
            products = products.Where(p => p.LaunchedOn >= after);
        }
        if (filter.LaunchedBefore is { } before)
        {
            products = products.Where(p => p.LaunchedOn <= before);
        }
        if (filter.HasFunding is { } hasFunding)
        {
            products = products.Where(p =>
                p.Organization!.FundingRounds.Any(r => day == null || r.AnnouncedOn <= day) == hasFunding);
        }
        if (filter.Search is { } search && TextSearch.Normalize(search, "filter.search") is { Length: > 0 } text)
        {
            products = products.Where(p =>
                p.SearchVector.Matches(EF.Functions.WebSearchToTsQuery("english", text))
                || EF.Functions.TrigramsSimilarity(p.Name, text) > TextSearch.NameSimilarity
                || EF.Functions.TrigramsWordSimilarity(text, p.Name) > TextSearch.WordSimilarity);
        }
        return products;
    }
}
