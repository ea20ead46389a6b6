using GraphQL;
using GraphQL.Types;
using Landscape.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Landscape.Api.Graph.Search;

/// <summary>
/// `search`: one ranked list over products, organizations and models. A name scores by trigram
/// similarity (so "midjourny" finds Midjourney, and "GPT 4" or "character ai" match "GPT-4" and
/// "character.ai": pg_trgm splits words on punctuation), an exact name wins, and product
/// descriptions add full-text relevance.
/// </summary>
public sealed class SearchQueries : IQueryFields
{
    public const int MaxResults = 50;

    private const string Sql = """
        WITH q AS (SELECT @text AS text, websearch_to_tsquery('english', @text) AS ts)
        SELECT kind, id, score FROM (
            SELECT 0 AS kind, p.id,
                   greatest(similarity(p.name, q.text), word_similarity(q.text, p.name))
                   + CASE WHEN lower(p.name) = lower(q.text) OR p.slug = lower(q.text) THEN 1 ELSE 0 END
                   + ts_rank(p.search_vector, q.ts) AS score
            FROM products p, q
            WHERE p.name % q.text OR q.text <% p.name OR p.search_vector @@ q.ts
          UNION ALL
            SELECT 1, o.id,
                   greatest(similarity(o.name, q.text), word_similarity(q.text, o.name))
                   + CASE WHEN lower(o.name) = lower(q.text) OR o.slug = lower(q.text) THEN 1 ELSE 0 END
            FROM organizations o, q
            WHERE o.name % q.text OR q.text <% o.name
          UNION ALL
            SELECT 2, m.id,
                   greatest(similarity(m.name, q.text), word_similarity(q.text, m.name))
                   + CASE WHEN lower(m.name) = lower(q.text) OR m.slug = lower(q.text) THEN 1 ELSE 0 END
            FROM models m, q
            WHERE m.name % q.text OR q.text <% m.name
        ) hits
        ORDER BY score DESC, kind, id
        LIMIT @first
        """;

    public void Register(ObjectGraphType query) =>
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<SearchResultGraphType>>>>("search")
            .Description("Products, organizations and models matching free text, best first; typos tolerated.")
            .Argument<NonNullGraphType<StringGraphType>>("query", $"The text to look for (at most {TextSearch.MaxQueryLength} characters).")
            .Argument<IntGraphType>("first", $"How many results (1–{MaxResults}, default 10).")
            .ResolveAsync(async c =>
            {
                var text = TextSearch.Normalize(c.GetArgument<string>("query"), "query");
                var first = c.GetArgument("first", 10);
                if (first is < 1 or > MaxResults)
                {
                    throw new ExecutionError($"`first` must be between 1 and {MaxResults}.") { Code = ApiErrorCodes.InvalidArgument };
                }
                if (text.Length == 0)
                {
                    return Array.Empty<object>();
                }
                return await c.ReadAsync(async db =>
                {
                    var hits = await db.Database.SqlQueryRaw<Hit>(Sql, new NpgsqlParameter("text", text), new NpgsqlParameter("first", first))
                        .ToListAsync(c.CancellationToken);
                    return await LoadAsync(db, hits, c.CancellationToken);
                });
            });

    private static async Task<List<object>> LoadAsync(LandscapeDbContext db, List<Hit> hits, CancellationToken cancellationToken)
    {
        var byKind = hits.ToLookup(h => h.Kind, h => h.Id);
        var entities = new Dictionary<(int, int), object>();
        foreach (var p in await db.Products.AsNoTracking().Where(x => byKind[0].Contains(x.Id)).ToListAsync(cancellationToken))
        {
            entities[(0, p.Id)] = p;
        }
        foreach (var o in await db.Organizations.AsNoTracking().Where(x => byKind[1].Contains(x.Id)).ToListAsync(cancellationToken))
        {
            entities[(1, o.Id)] = o;
        }
        foreach (var m in await db.Models.AsNoTracking().Where(x => byKind[2].Contains(x.Id)).ToListAsync(cancellationToken))
        {
            entities[(2, m.Id)] = m;
        }
        return hits.Where(h => entities.ContainsKey((h.Kind, h.Id))).Select(h => entities[(h.Kind, h.Id)]).ToList();
    }

    private sealed record Hit(int Kind, int Id, double Score);
}
