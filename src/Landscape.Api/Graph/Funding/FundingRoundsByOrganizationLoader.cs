using GraphQL;
using GraphQL.DataLoader;
using Landscape.Data;
using Landscape.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Landscape.Api.Graph.Funding;

/// <summary>
/// All rounds of each organization announced by the day looked at, newest first. When the request
/// shows the rounds' investors, the same statement reads them (with the investing organizations)
/// and hands them to <see cref="InvestmentsByRoundLoader"/>: one query instead of two.
/// </summary>
public sealed class FundingRoundsByOrganizationLoader(ReadDbContextFactory contexts, AsOfDay asOf)
    : ListBatchLoader<int, FundingRound>
{
    public const string Order = "announced_desc";

    private static readonly Func<LandscapeDbContext, IReadOnlyList<int>, DateOnly?, IAsyncEnumerable<FundingRound>> ByOrganizations =
        KeyedQuery.Compile<DateOnly?, FundingRound>((db, keys, day) => db.FundingRounds.AsNoTracking()
            .Where(r => keys.Contains(r.OrganizationId) && (day == null || r.AnnouncedOn <= day))
            .OrderByDescending(r => r.AnnouncedOn).ThenByDescending(r => r.Id));

    // Investors leads first, as InvestmentsByRoundLoader orders them; one whose organization is archived drops out there and here.
    private static readonly Func<LandscapeDbContext, IReadOnlyList<int>, DateOnly?, IAsyncEnumerable<FundingRound>> ByOrganizationsWithInvestors =
        KeyedQuery.Compile<DateOnly?, FundingRound>((db, keys, day) => db.FundingRounds.AsNoTracking()
            .Where(r => keys.Contains(r.OrganizationId) && (day == null || r.AnnouncedOn <= day))
            .Include(r => r.Investors.OrderByDescending(i => i.IsLead).ThenBy(i => i.InvestorId)).ThenInclude(i => i.Investor)
            .OrderByDescending(r => r.AnnouncedOn).ThenByDescending(r => r.Id));

    // Set by any field of the request that shows investors below the rounds; read when the batch starts.
    private volatile bool _withInvestors;

    public static IDataLoaderResult<IReadOnlyList<FundingRound>?> Rounds(IResolveFieldContext context, int organizationId) =>
        context.AsOfLoader<FundingRoundsByOrganizationLoader>().Load(organizationId);

    public static IDataLoaderResult<Connection<FundingRound>> Page(IResolveFieldContext context, int organizationId)
    {
        var paging = Paging.From(context);
        var loader = context.AsOfLoader<FundingRoundsByOrganizationLoader>();
        if (SelectionScan.Requests(context, "investors"))
        {
            loader._withInvestors = true;
        }
        return loader.Load(organizationId).Then(rounds =>
            InMemoryPager.Page(rounds!, paging, Order, r => r.AnnouncedOn, r => r.Id));
    }

    protected override async Task<IReadOnlyDictionary<int, IReadOnlyList<FundingRound>>> FetchAsync(
        IReadOnlyList<int> keys, CancellationToken cancellationToken)
    {
        var withInvestors = _withInvestors;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await (withInvestors ? ByOrganizationsWithInvestors : ByOrganizations)(db, keys, asOf.Day).ToListAsync(cancellationToken);
        if (withInvestors)
        {
            Siblings.Get<InvestmentsByRoundLoader>().Prime(rows.ToDictionary(r => r.Id, r => (IReadOnlyList<FundingRoundInvestor>)r.Investors));
        }
        return ListsBy(rows, r => r.OrganizationId);
    }
}
