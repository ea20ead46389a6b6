using GraphQL;
using GraphQL.Types;
using Landscape.Data;
using Landscape.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Landscape.Api.Graph.Funding;

/// <summary>The root list of funding rounds across organizations.</summary>
public sealed class FundingQueries : IQueryFields
{
    public void Register(ObjectGraphType query) =>
        query.Field<NonNullGraphType<FundingRoundConnectionGraphType>>("fundingRounds")
            .Description("Funding rounds of every organization: filtered, ordered (newest first by default), keyset-paginated.")
            .PagingArguments()
            .Argument<FundingRoundFilterGraphType>("filter", "Which rounds.")
            .Argument<FundingRoundOrderGraphType>("orderBy", "Ordering; by default ANNOUNCED_ON DESC.")
            .Argument<CalendarDateGraphType>(AsOfDay.Argument, "Only rounds announced by this day.")
            .ResolveAsync(async c => await PageAsync(c, c.GetArgument<FundingRoundFilter?>("filter"),
                c.GetArgument<FundingRoundOrder?>("orderBy"), AsOfDay.From(c)));

    private static Task<Connection<FundingRound>> PageAsync(IResolveFieldContext context, FundingRoundFilter? filter,
        FundingRoundOrder? order, AsOfDay asOf)
    {
        order ??= new FundingRoundOrder { Field = FundingRoundOrderField.AnnouncedOn, Direction = OrderDirection.Desc };
        var desc = order.Direction == OrderDirection.Desc;
        var day = asOf.Day;
        var tag = $"{order.Field}:{order.Direction}";
        var contexts = context.ReadContexts();

        IQueryable<FundingRound> Source(LandscapeDbContext db) => Filter(db.FundingRounds.AsNoTracking(), filter, day);

        return order.Field == FundingRoundOrderField.AmountUsd
            ? new KeysetPager<FundingRound, decimal>(tag, desc ? r => r.AmountUsd ?? -1m : r => r.AmountUsd ?? decimal.MaxValue, r => r.Id, desc)
                .PageAsync(contexts, Source, Paging.From(context), context.CancellationToken)
            : new KeysetPager<FundingRound, DateOnly>(tag, r => r.AnnouncedOn, r => r.Id, desc)
                .PageAsync(contexts, Source, Paging.From(context), context.CancellationToken);
    }

    /// <summary>The rounds a filter and a day select; the list and the CSV export share it.</summary>
    public static IQueryable<FundingRound> Filter(IQueryable<FundingRound> rounds, FundingRoundFilter? filter, DateOnly? day)
    {
        if (day is not null)
        {
            rounds = rounds.Where(r => r.AnnouncedOn <= day);
        }
        if (filter?.OrganizationSlug is { } organization)
        {
            rounds = rounds.Where(r => r.Organization.Slug == organization);
        }
        if (filter?.InvestorSlug is { } investor)
        {
            rounds = rounds.Where(r => r.Investors.Any(i => i.Investor.Slug == investor));
        }
        if (filter?.RoundTypes is { Count: > 0 } types)
        {
            rounds = rounds.Where(r => types.Contains(r.RoundType));
        }
        if (filter?.Country is { } country)
        {
            rounds = rounds.Where(r => r.Organization.HqCountry == country);
        }
        if (filter?.AnnouncedAfter is { } after)
        {
            rounds = rounds.Where(r => r.AnnouncedOn >= after);
        }
        if (filter?.AnnouncedBefore is { } before)
        {
            rounds = rounds.Where(r => r.AnnouncedOn <= before);
        }
        // The same rule as the stats: an organization's rounds count for the layers and categories of its products.
        if (filter?.Layer is { } layer)
        {
            rounds = rounds.Where(r => r.Organization.Products.Any(p => p.Layer == layer));
        }
        if (filter?.CategorySlugs is { Count: > 0 } slugs)
        {
            rounds = rounds.Where(r => r.Organization.Products.Any(p => p.Categories.Any(c => slugs.Contains(c.Category.Slug))));
        }
        return rounds;
    }
}
