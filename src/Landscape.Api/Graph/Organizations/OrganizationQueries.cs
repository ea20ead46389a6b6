using GraphQL;
using GraphQL.Types;
using Landscape.Data;
using Landscape.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Landscape.Api.Graph.Organizations;

/// <summary>The root fields that read organizations.</summary>
public sealed class OrganizationQueries : IQueryFields
{
    public void Register(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<OrganizationConnectionGraphType>>("organizations")
            .Description("Organizations: filtered, ordered, keyset-paginated.")
            .PagingArguments()
            .Argument<OrganizationFilterGraphType>("filter", "Which organizations.")
            .Argument<OrganizationOrderGraphType>("orderBy", "Ordering; by default NAME ASC.")
            .Argument<CalendarDateGraphType>(AsOfDay.Argument, "Funding facts as known on this day.")
            .ResolveAsync(async c => await PageAsync(c, c.GetArgument<OrganizationFilter?>("filter"),
                c.GetArgument<OrganizationOrder?>("orderBy"), AsOfDay.From(c)));

        query.Field<OrganizationGraphType>("organization")
            .Description("One organization by its slug; null when there is none.")
            .Argument<NonNullGraphType<StringGraphType>>("slug", "The organization's slug, e.g. \"openai\".")
            .Argument<CalendarDateGraphType>(AsOfDay.Argument, "Facts below (funding, products) as known on this day.")
            .ResolveAsync(async c =>
            {
                var slug = c.GetArgument<string>("slug");
                return await c.ReadAsync(db => db.Organizations.AsNoTracking().FirstOrDefaultAsync(o => o.Slug == slug, c.CancellationToken));
            });
    }

    private static Task<Connection<Organization>> PageAsync(IResolveFieldContext context, OrganizationFilter? filter,
        OrganizationOrder? order, AsOfDay asOf)
    {
        order ??= new OrganizationOrder { Field = OrganizationOrderField.Name, Direction = OrderDirection.Asc };
        var desc = order.Direction == OrderDirection.Desc;
        var day = asOf.Day;
        var tag = $"{order.Field}:{order.Direction}:{day:yyyy-MM-dd}";
        var paging = Paging.From(context);

        IQueryable<Organization> Source(LandscapeDbContext db)
        {
            var organizations = db.Organizations.AsNoTracking();
            if (filter?.Kind is { } kind)
            {
                organizations = organizations.Where(o => o.Kind == kind);
            }
            if (filter?.Country is { } country)
            {
                organizations = organizations.Where(o => o.HqCountry == country);
            }
            if (filter?.HasFunding is { } hasFunding)
            {
                organizations = organizations.Where(o => o.FundingRounds.Any(r => day == null || r.AnnouncedOn <= day) == hasFunding);
            }
            if (filter?.Search is { } search && TextSearch.Normalize(search, "filter.search") is { Length: > 0 } text)
            {
                organizations = organizations.Where(o => EF.Functions.TrigramsSimilarity(o.Name, text) > TextSearch.NameSimilarity
                    || EF.Functions.TrigramsWordSimilarity(text, o.Name) > TextSearch.WordSimilarity);
            }
            return organizations;
        }

        return order.Field switch
        {
            OrganizationOrderField.FoundedYear => new KeysetPager<Organization, int>(tag,
                    desc ? o => o.FoundedYear ?? int.MinValue : o => o.FoundedYear ?? int.MaxValue, o => o.Id, desc)
                .PageAsync(context.ReadContexts(), Source, paging, context.CancellationToken),
            OrganizationOrderField.TotalFundingUsd => new KeysetPager<Organization, decimal>(tag,
                    o => o.FundingRounds.Where(r => day == null || r.AnnouncedOn <= day).Sum(r => r.AmountUsd ?? 0m), o => o.Id, desc)
                .PageAsync(context.ReadContexts(), Source, paging, context.CancellationToken),
            _ => new KeysetPager<Organization, string>(tag, o => o.Name, o => o.Id, desc)
                .PageAsync(context.ReadContexts(), Source, paging, context.CancellationToken),
        };
    }
}
