using Landscape.Data;
using Landscape.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Landscape.Api.Graph.Funding;

/// <summary>
/// The investors of each round, leads first, with the investing organization read in the same
/// query (an investor that has been archived drops out of the list).
/// </summary>
public sealed class InvestmentsByRoundLoader(ReadDbContextFactory contexts) : ListBatchLoader<int, FundingRoundInvestor>
{
    private static readonly Func<LandscapeDbContext, IReadOnlyList<int>, IAsyncEnumerable<FundingRoundInvestor>> ByRounds =
        KeyedQuery.Compile((LandscapeDbContext db, int[] keys) => db.FundingRoundInvestors.AsNoTracking()
            .Where(i => keys.Contains(i.FundingRoundId))
            .OrderByDescending(i => i.IsLead).ThenBy(i => i.InvestorId)
            .Select(i => new FundingRoundInvestor { FundingRoundId = i.FundingRoundId, InvestorId = i.InvestorId, IsLead = i.IsLead, Investor = i.Investor }));

    protected override async Task<IReadOnlyDictionary<int, IReadOnlyList<FundingRoundInvestor>>> FetchAsync(
        IReadOnlyList<int> keys, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await ByRounds(db, keys).ToListAsync(cancellationToken);
        return ListsBy(rows, r => r.FundingRoundId);
    }
}
