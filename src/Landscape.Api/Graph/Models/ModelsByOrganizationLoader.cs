using Landscape.Data;
using Landscape.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Landscape.Api.Graph.Models;

/// <summary>Each organization's models (released by the day looked at), newest first.</summary>
public sealed class ModelsByOrganizationLoader(ReadDbContextFactory contexts, AsOfDay asOf) : ListBatchLoader<int, Model>
{
    protected override async Task<IReadOnlyDictionary<int, IReadOnlyList<Model>>> FetchAsync(
        IReadOnlyList<int> keys, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var day = asOf.Day;
        var rows = await db.Models.AsNoTracking()
            .Where(m => m.OrganizationId != null).WhereKeyIn(keys, m => m.OrganizationId!.Value)
            .Where(m => day == null || (m.ReleasedOn != null && m.ReleasedOn <= day))
            .OrderByDescending(m => m.ReleasedOn).ThenBy(m => m.Id)
            .ToListAsync(cancellationToken);
        return ListsBy(rows, r => r.OrganizationId!.Value);
    }
}
