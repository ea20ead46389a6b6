using Landscape.Data.Entities;

namespace Landscape.Api.Graph.Products;

public static class ProductQueryableExtensions
{
    /// <summary>
    /// Products on the market on the day looked at: launched by then and not yet discontinued.
    /// A product whose launch day is unknown is not placed on any past day.
    /// </summary>
    public static IQueryable<Product> OnMarket(this IQueryable<Product> products, AsOfDay asOf)
    {
        if (asOf.Day is not { } day)
        {
            return products;
        }
        return products.Where(p => p.LaunchedOn != null && p.LaunchedOn <= day && (p.DiscontinuedOn == null || p.DiscontinuedOn > day));
    }
}
