using Landscape.Data;
using Landscape.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Landscape.Api.Graph.Funding;

/// <summary>The rounds each organization invested in (by the day looked at), newest first.</summary>
public sealed class InvestmentsByInvestorLoader(ReadDbContextFactory contexts, AsOfDay asOf)
    : ListBatchLoader<int, FundingRound>
{
    protected override async Task<IReadOnlyDictionary<int, IReadOnlyList<FundingRound>>> FetchAsync(
        IReadOnlyList<int> keys, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var day = asOf.Day;
        var rows = await db.FundingRoundInvestors.AsNoTracking()
            .WhereKeyIn(keys, i => i.InvestorId)
            .Where(i => day == null || i.FundingRound.AnnouncedOn <= day)
            .OrderByDescending(i => i.FundingRound.AnnouncedOn).ThenByDescending(i => i.FundingRoundId)
            .Select(i => new { i.InvestorId, i.FundingRound })
            .ToListAsync(cancellationToken);
        return ListsBy(rows, r => r.InvestorId, r => r.FundingRound);
    }
}
