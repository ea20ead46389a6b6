using Landscape.Data;
using Landscape.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Landscape.Api.Graph.Models;

/// <summary>
/// Walks the model family tree for every requested model with one recursive query. Each path
/// carries the ids it has visited and never revisits one, and the depth is capped, so a cycle
/// in the data cannot make it loop.
/// </summary>
public sealed class LineageLoader(ReadDbContextFactory contexts, LineageWalk walk) : ListBatchLoader<int, LineageStep>
{
    // {from}: the column a step starts from, {to}: the column it reaches; {roots}: `= @key` or `= ANY(@keys)` (see KeyedQuery).
    private const string Walk = """
        WITH RECURSIVE walk (root_id, model_id, via_id, relation, depth, path) AS (
            SELECT l.{from}, l.{to}, l.{from}, l.relation, 1, ARRAY[l.{from}, l.{to}]
            FROM model_lineage l WHERE l.{from} {roots}
          UNION ALL
            SELECT w.root_id, l.{to}, l.{from}, l.relation, w.depth + 1, w.path || l.{to}
            FROM walk w JOIN model_lineage l ON l.{from} = w.model_id
            WHERE w.depth < @max_depth AND l.{to} <> ALL(w.path)
        )
        SELECT DISTINCT ON (root_id, model_id) root_id, model_id, via_id, relation, depth
        FROM walk ORDER BY root_id, model_id, depth
        """;

    private static string Sql(LineageDirection direction, bool oneKey) =>
        (direction == LineageDirection.Ancestors
            ? Walk.Replace("{from}", "model_id", StringComparison.Ordinal).Replace("{to}", "derived_from_id", StringComparison.Ordinal)
            : Walk.Replace("{from}", "derived_from_id", StringComparison.Ordinal).Replace("{to}", "model_id", StringComparison.Ordinal))
        .Replace("{roots}", oneKey ? "= @key" : "= ANY(@keys)", StringComparison.Ordinal);

    protected override async Task<IReadOnlyDictionary<int, IReadOnlyList<LineageStep>>> FetchAsync(
        IReadOnlyList<int> keys, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var oneKey = keys.Count == 1;
        // The walk and the models it reaches in one statement (an archived model drops out).
        var rows = await db.Database.SqlQueryRaw<LineageRow>(
                Sql(walk.Direction, oneKey),
                oneKey ? new NpgsqlParameter("key", keys[0]) : new NpgsqlParameter("keys", keys.ToArray()),
                new NpgsqlParameter("max_depth", walk.MaxDepth))
            .Join(db.Models.AsNoTracking(), r => r.ModelId, m => m.Id, (r, m) => new { r.RootId, r.ViaId, r.Relation, r.Depth, Model = m })
            .ToListAsync(cancellationToken);
        var steps = rows
            .Select(r => (r.RootId, Step: new LineageStep(r.Model, r.Depth, ConstantCase.Parse<LineageRelation>(r.Relation), r.ViaId)))
            .OrderBy(r => r.Step.Depth).ThenBy(r => r.Step.Model.ReleasedOn).ThenBy(r => r.Step.Model.Name, StringComparer.Ordinal);
        return ListsBy(steps, r => r.RootId, r => r.Step);
    }

    private sealed record LineageRow(int RootId, int ModelId, int ViaId, string Relation, int Depth);
}
