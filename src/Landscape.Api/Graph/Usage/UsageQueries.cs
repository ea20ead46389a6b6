using GraphQL;
using GraphQL.Types;
using Landscape.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Landscape.Api.Graph.Usage;

/// <summary>The root list of usage figures across products (what /export/usage-metrics.csv exports).</summary>
public sealed class UsageQueries : IQueryFields
{
    public void Register(ObjectGraphType query) =>
        query.Field<NonNullGraphType<UsageMetricConnectionGraphType>>("usageMetrics")
            .Description("Usage figures of every product, newest first, keyset-paginated.")
            .PagingArguments()
            .Argument<UsageMetricFilterGraphType>("filter", "Which figures.")
            .Argument<CalendarDateGraphType>(AsOfDay.Argument, "Only figures dated on or before this day.")
            .ResolveAsync(async c =>
            {
                var filter = c.GetArgument<UsageMetricFilter?>("filter");
                var day = AsOfDay.From(c).Day;
                return await new KeysetPager<UsageMetric, DateOnly>("AS_OF:DESC", u => u.AsOf, u => u.Id, descending: true)
                    .PageAsync(c.ReadContexts(),
                        db => Filter(db.UsageMetrics.AsNoTracking(), filter, day), Paging.From(c), c.CancellationToken);
            });

    /// <summary>The figures a filter and a day select; the list and the CSV export share it.</summary>
    public static IQueryable<UsageMetric> Filter(IQueryable<UsageMetric> usage, UsageMetricFilter? filter, DateOnly? day)
    {
        if (day is not null)
        {
            usage = usage.Where(u => u.AsOf <= day);
        }
        if (filter?.ProductSlugs is { Count: > 0 } products)
        {
            usage = usage.Where(u => products.Contains(u.Product.Slug));
        }
        if (filter?.Metrics is { Count: > 0 } metrics)
        {
            usage = usage.Where(u => metrics.Contains(u.Metric));
        }
        if (filter?.Layer is { } layer)
        {
            usage = usage.Where(u => u.Product.Layer == layer);
        }
        if (filter?.CategorySlugs is { Count: > 0 } slugs)
        {
            usage = usage.Where(u => u.Product.Categories.Any(c => slugs.Contains(c.Category.Slug)));
        }
        return usage;
    }
}
