using GraphQL;
using GraphQL.DataLoader;
using Landscape.Api.GraphQL.Common;
using Landscape.Data;
using Landscape.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Landscape.Api.GraphQL.Funding;

/// <summary>All rounds of each organization announced by the day looked at, newest first.</summary>
public sealed class FundingRoundsByOrganizationLoader(ReadDbContextFactory contexts, AsOfDay asOf)
    : ListBatchLoader<int, FundingRound>
{
    public const string Order = "announced_desc";

    private static readonly Func<LandscapeDbContext, int[], DateOnly?, IAsyncEnumerable<FundingRound>> ByOrganizations =
        EF.CompileAsyncQuery<LandscapeDbContext, int[], DateOnly?, FundingRound>((db, keys, day) => db.FundingRounds.AsNoTracking()
            .Where(r => keys.Contains(r.OrganizationId) && (day == null || r.AnnouncedOn <= day))
            .OrderByDescending(r => r.AnnouncedOn).ThenByDescending(r => r.Id));

    public static IDataLoaderResult<IReadOnlyList<FundingRound>?> Rounds(IResolveFieldContext context, int organizationId) =>
        context.AsOfLoader<FundingRoundsByOrganizationLoader>().Load(organizationId);

    public static IDataLoaderResult<Connection<FundingRound>> Page(IResolveFieldContext context, int organizationId)
    {
        var paging = Paging.From(context);
        return Rounds(context, organizationId).Then(rounds =>
            InMemoryPager.Page(rounds!, paging, Order, r => r.AnnouncedOn, r => r.Id));
    }

    protected override async Task<IReadOnlyDictionary<int, IReadOnlyList<FundingRound>>> FetchAsync(
        IReadOnlyList<int> keys, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await ByOrganizations(db, [.. keys], asOf.Day).ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.OrganizationId).ToDictionary(g => g.Key, g => (IReadOnlyList<FundingRound>)g.ToList());
    }
}
