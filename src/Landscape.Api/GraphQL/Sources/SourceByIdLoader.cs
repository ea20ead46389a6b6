using Landscape.Api.GraphQL.Common;
using Landscape.Data;
using Landscape.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Landscape.Api.GraphQL.Sources;

public sealed class SourceByIdLoader(IDbContextFactory<LandscapeDbContext> contexts) : BatchLoader<int, Source>
{
    protected override async Task<IReadOnlyDictionary<int, Source>> FetchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Sources.AsNoTracking().Where(s => keys.Contains(s.Id)).ToDictionaryAsync(s => s.Id, cancellationToken);
    }
}
