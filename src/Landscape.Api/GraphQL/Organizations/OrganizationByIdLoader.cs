using Landscape.Api.GraphQL.Common;
using Landscape.Data;
using Landscape.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Landscape.Api.GraphQL.Organizations;

public sealed class OrganizationByIdLoader(IDbContextFactory<LandscapeDbContext> contexts) : BatchLoader<int, Organization>
{
    protected override async Task<IReadOnlyDictionary<int, Organization>> FetchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Organizations.AsNoTracking().Where(o => keys.Contains(o.Id)).ToDictionaryAsync(o => o.Id, cancellationToken);
    }
}
