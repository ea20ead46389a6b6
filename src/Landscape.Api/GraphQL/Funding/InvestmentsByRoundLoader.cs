using Landscape.Api.GraphQL.Common;
using Landscape.Data;
using Landscape.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Landscape.Api.GraphQL.Funding;

/// <summary>The investors of each round, leads first.</summary>
public sealed class InvestmentsByRoundLoader(ReadDbContextFactory contexts) : ListBatchLoader<int, FundingRoundInvestor>
{
    protected override async Task<IReadOnlyDictionary<int, IReadOnlyList<FundingRoundInvestor>>> FetchAsync(
        IReadOnlyList<int> keys, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.FundingRoundInvestors.AsNoTracking()
            .Where(i => keys.Contains(i.FundingRoundId))
            .OrderByDescending(i => i.IsLead).ThenBy(i => i.InvestorId)
            .ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.FundingRoundId).ToDictionary(g => g.Key, g => (IReadOnlyList<FundingRoundInvestor>)g.ToList());
    }
}
