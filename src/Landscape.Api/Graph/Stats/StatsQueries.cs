using GraphQL;
using GraphQL.Types;
using Landscape.Data;
using Landscape.Data.Entities;

namespace Landscape.Api.Graph.Stats;

/// <summary>Aggregates for dashboards: each root field is one SQL statement whatever the data size.</summary>
public sealed class StatsQueries : IQueryFields
{
    private const string ScopeNote = "An organization's funding rounds count for the layers and categories of its products.";

    public void Register(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<FundingBucketGraphType>>>>("fundingOverTime")
            .Description("Funding per period, oldest first, with empty periods included (zeros), from the first to the last period selected. " + ScopeNote +
                " A round counts once even when its organization has products in several of the layers or categories asked for.")
            .Argument<NonNullGraphType<StatsIntervalGraphType>>("interval", "Bucket width.")
            .Argument<LayerGraphType>("layer", "Only rounds of organizations with a product in this layer.")
            .Argument<ListGraphType<NonNullGraphType<StringGraphType>>>("categorySlugs", "Only rounds of organizations with a product in any of these categories.")
            .Argument<CalendarDateGraphType>("from", "Start here (rounds announced on or after; the first bucket is the period holding this day). By default the first round's period.")
            .Argument<CalendarDateGraphType>("to", "End here (rounds announced on or before; the last bucket is the period holding this day, or today's when this day is later). By default the last round's period.")
            .ResolveAsync(async c => await WithDb(c, db => FundingStats.OverTimeAsync(db, c.GetArgument<StatsInterval>("interval"),
                Scope(c) with { From = c.GetArgument<DateOnly?>("from"), To = c.GetArgument<DateOnly?>("to") }, c.CancellationToken)));

        query.Field<NonNullGraphType<FundingBreakdownGraphType>>("fundingBreakdown")
            .Description("Funding split by layer, category, country, round type or year. " + ScopeNote +
                " With LAYER or CATEGORY a round sits in each group its organization's products are in, so groups may overlap; the totals count each round once.")
            .Argument<NonNullGraphType<FundingGroupByGraphType>>("groupBy", "What to split by.")
            .Argument<CalendarDateGraphType>(AsOfDay.Argument, "Only rounds announced by this day.")
            .Argument<LayerGraphType>("layer", "Only rounds of organizations with a product in this layer (and, grouped by layer or category, only groups of this layer).")
            .Argument<ListGraphType<NonNullGraphType<StringGraphType>>>("categorySlugs", "Only rounds of organizations with a product in any of these categories (and, grouped by category, only these groups).")
            .Argument<CalendarDateGraphType>("from", "Only rounds announced on or after this day.")
            .Argument<CalendarDateGraphType>("to", "Only rounds announced on or before this day.")
            .ResolveAsync(async c => await WithDb(c, db => FundingStats.BreakdownAsync(db, c.GetArgument<FundingGroupBy>("groupBy"),
                Scope(c) with { From = c.GetArgument<DateOnly?>("from"), To = c.GetArgument<DateOnly?>("to") }, c.CancellationToken)));

        query.Field<NonNullGraphType<ProductCountsGraphType>>("productCounts")
            .Description("How many products, split by layer, category, country or launch year.")
            .Argument<NonNullGraphType<ProductGroupByGraphType>>("groupBy", "What to split by.")
            .Argument<CalendarDateGraphType>(AsOfDay.Argument, "Count the products on the market on this day (launched by then, not yet discontinued).")
            .Argument<LayerGraphType>("layer", "Only products of this layer.")
            .Argument<ListGraphType<NonNullGraphType<StringGraphType>>>("categorySlugs", "Only products in any of these categories (and, grouped by category, only these groups).")
            .ResolveAsync(async c => await WithDb(c, db => ProductStats.CountsAsync(db, c.GetArgument<ProductGroupBy>("groupBy"), Scope(c),
                c.CancellationToken)));

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<UsageLeaderGraphType>>>>("usageLeaders")
            .Description("Products ranked by their latest figure of a metric dated on or before the day looked at.")
            .Argument<NonNullGraphType<UsageMetricKindGraphType>>("metric", "Which metric.")
            .Argument<IntGraphType>("first", "How many (1 to 100, default 10).")
            .Argument<CalendarDateGraphType>(AsOfDay.Argument, "Each product's latest figure dated on or before this day.")
            .Argument<LayerGraphType>("layer", "Only products of this layer.")
            .Argument<ListGraphType<NonNullGraphType<StringGraphType>>>("categorySlugs", "Only products in any of these categories.")
            .ResolveAsync(async c => await WithDb(c, db => UsageStats.LeadersAsync(db, c.GetArgument<UsageMetricKind>("metric"),
                Limit(c, 10), Scope(c), c.CancellationToken)))
            .WithComplexityImpact(1, 10);

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<UsageSeriesGraphType>>>>("usageSeries")
            .Description("Lines for a usage chart: each product's figures of a metric, oldest first, in the order the slugs are given (unknown slugs are left out).")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("productSlugs", $"The products (at most {UsageStats.MaxSeries}).")
            .Argument<NonNullGraphType<UsageMetricKindGraphType>>("metric", "Which metric.")
            .Argument<CalendarDateGraphType>("from", "Only figures dated on or after this day.")
            .Argument<CalendarDateGraphType>("to", "Only figures dated on or before this day.")
            .ResolveAsync(async c =>
            {
                var slugs = c.GetArgument<List<string>>("productSlugs");
                if (slugs.Count > UsageStats.MaxSeries)
                {
                    throw new ExecutionError($"At most {UsageStats.MaxSeries} products.") { Code = ApiErrorCodes.InvalidArgument };
                }
                return await WithDb(c, db => UsageStats.SeriesAsync(db, slugs, c.GetArgument<UsageMetricKind>("metric"),
                    c.GetArgument<DateOnly?>("from"), c.GetArgument<DateOnly?>("to"), c.CancellationToken));
            })
            .WithComplexityImpact(1, UsageStats.MaxSeries);

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<MilestoneGraphType>>>>("milestones")
            .Description("How fast products got there: per product with a known launch day, the days from launch to its first figure at or above the threshold, fastest first. Products that never reached it are left out.")
            .Argument<NonNullGraphType<UsageMetricKindGraphType>>("metric", "Which metric, e.g. MONTHLY_ACTIVE_USERS.")
            .Argument<NonNullGraphType<LongGraphType>>("threshold", "The figure to reach, e.g. 100000000.")
            .Argument<IntGraphType>("first", "How many (1 to 100, default 20).")
            .Argument<LayerGraphType>("layer", "Only products of this layer.")
            .Argument<ListGraphType<NonNullGraphType<StringGraphType>>>("categorySlugs", "Only products in any of these categories.")
            .ResolveAsync(async c => await WithDb(c, db => UsageStats.MilestonesAsync(db, c.GetArgument<UsageMetricKind>("metric"),
                c.GetArgument<long>("threshold"), Limit(c, 20), Scope(c), c.CancellationToken)))
            .WithComplexityImpact(1, 20);
    }

    private static StatsScope Scope(IResolveFieldContext context) =>
        new(context.GetArgument<Layer?>("layer"), context.GetArgument<List<string>?>("categorySlugs"), AsOfDay.From(context).Day);

    private static int Limit(IResolveFieldContext context, int fallback)
    {
        var first = context.GetArgument<int?>("first") ?? fallback;
        if (first is < 1 or > Paging.MaxPageSize)
        {
            throw new ExecutionError($"`first` must be between 1 and {Paging.MaxPageSize}.") { Code = ApiErrorCodes.InvalidArgument };
        }
        return first;
    }

    private static Task<T> WithDb<T>(IResolveFieldContext context, Func<LandscapeDbContext, Task<T>> read) =>
        context.RequestServices!.GetRequiredService<AggregateScanGate>().RunAsync(() => context.ReadAsync(read), context.CancellationToken);
}
