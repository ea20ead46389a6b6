namespace Landscape.Bench;

/// <summary>
/// The raw-SQL floor: each canonical request as one hand-written statement that builds the whole
/// JSON response in PostgreSQL. No GraphQL, no ORM: what the hardware and the database can do.
/// </summary>
public static class FloorQueries
{
    public static readonly IReadOnlyDictionary<string, string> Sql = new Dictionary<string, string>
    {
        ["q1"] = """
            SELECT json_build_object('data', json_build_object('products', json_build_object(
                     'nodes', coalesce(json_agg(x ORDER BY x.ord), '[]'))))::text
            FROM (
              SELECT row_number() OVER () AS ord, p.name,
                     json_build_object('name', o.name, 'totalFundingUsd', o.total_funding_usd) AS organization,
                     (SELECT coalesce(json_agg(json_build_object('name', c.name) ORDER BY c.layer, c.sort_order), '[]')
                      FROM product_categories pc JOIN categories c ON c.id = pc.category_id WHERE pc.product_id = p.id) AS categories,
                     (SELECT json_build_object('value', u.value, 'asOf', u.as_of) FROM usage_metrics u
                      WHERE u.product_id = p.id AND u.metric = 'MONTHLY_ACTIVE_USERS'
                      ORDER BY u.as_of DESC, u.id DESC LIMIT 1) AS "latestUsage"
              FROM (SELECT * FROM products WHERE layer = 'APPLICATION'
                    ORDER BY organization_funding_usd DESC, id DESC LIMIT 50) p
              LEFT JOIN organizations o ON o.id = p.organization_id
              ORDER BY p.organization_funding_usd DESC, p.id DESC
            ) x
            """,
        ["q2"] = """
            SELECT json_build_object('data', json_build_object('landscape', json_build_array(json_build_object(
                     'layer', 'APPLICATION',
                     'categories', (SELECT coalesce(json_agg(json_build_object(
                                        'category', json_build_object('name', c.name),
                                        'products', (SELECT coalesce(json_agg(json_build_object('name', p.name) ORDER BY p.name, p.id), '[]')
                                                     FROM product_categories pc JOIN products p ON p.id = pc.product_id
                                                     WHERE pc.category_id = c.id))
                                      ORDER BY c.sort_order, c.name), '[]')
                                    FROM categories c WHERE c.layer = 'APPLICATION')))))::text
            """,
        ["q3"] = """
            SELECT json_build_object('data', json_build_object('product', json_build_object(
                     'name', p.name, 'launchedOn', p.launched_on,
                     'organization', (SELECT json_build_object('name', o.name, 'totalFundingUsd', o.total_funding_usd,
                         'fundingRounds', json_build_object('nodes', (SELECT coalesce(json_agg(json_build_object(
                             'announcedOn', r.announced_on, 'roundType', r.round_type, 'amountUsd', r.amount_usd,
                             'investors', (SELECT coalesce(json_agg(json_build_object('isLead', i.is_lead,
                                               'investor', json_build_object('name', io.name)) ORDER BY i.is_lead DESC, i.investor_id), '[]')
                                           FROM funding_round_investors i JOIN organizations io ON io.id = i.investor_id
                                           WHERE i.funding_round_id = r.id))
                           ORDER BY r.announced_on DESC, r.id DESC), '[]')
                           FROM (SELECT * FROM funding_rounds WHERE organization_id = o.id ORDER BY announced_on DESC, id DESC LIMIT 100) r)))
                       FROM organizations o WHERE o.id = p.organization_id),
                     'builtOn', (SELECT coalesce(json_agg(json_build_object('name', m.name, 'releasedOn', m.released_on,
                         'lineage', (WITH RECURSIVE walk (model_id, relation, depth, path) AS (
                                         SELECT l.derived_from_id, l.relation, 1, ARRAY[l.model_id, l.derived_from_id]
                                         FROM model_lineage l WHERE l.model_id = m.id
                                       UNION ALL
                                         SELECT l.derived_from_id, l.relation, w.depth + 1, w.path || l.derived_from_id
                                         FROM walk w JOIN model_lineage l ON l.model_id = w.model_id
                                         WHERE w.depth < 5 AND l.derived_from_id <> ALL(w.path))
                                     SELECT coalesce(json_agg(json_build_object('depth', s.depth, 'relation', s.relation,
                                                'model', json_build_object('name', am.name)) ORDER BY s.depth, am.released_on, am.name), '[]')
                                     FROM (SELECT DISTINCT ON (model_id) model_id, relation, depth FROM walk ORDER BY model_id, depth) s
                                     JOIN models am ON am.id = s.model_id))
                       ORDER BY m.released_on, m.id), '[]')
                       FROM product_models pm JOIN models m ON m.id = pm.model_id WHERE pm.product_id = p.id),
                     'usage', json_build_object('nodes', (SELECT coalesce(json_agg(json_build_object(
                                  'metric', u.metric, 'value', u.value, 'asOf', u.as_of) ORDER BY u.as_of DESC, u.id DESC), '[]')
                                FROM (SELECT * FROM usage_metrics WHERE product_id = p.id ORDER BY as_of DESC, id DESC LIMIT 100) u)))))::text
            FROM products p WHERE p.slug = 'chatgpt'
            """,
        // fundingOverTime(interval: QUARTER) for each layer: rounds of organizations with a product
        // in the layer, per quarter from the first to the last, empty quarters included.
        ["q4"] = """
            SELECT json_build_object('data', json_object_agg(l.alias, (
                     WITH rounds AS (
                       SELECT r.id, r.announced_on, r.amount_usd FROM funding_rounds r
                       WHERE EXISTS (SELECT 1 FROM products p WHERE p.organization_id = r.organization_id AND p.layer = l.layer)),
                     bounds AS (
                       SELECT date_trunc('quarter', min(announced_on)::timestamp) AS lo,
                              date_trunc('quarter', max(announced_on)::timestamp) AS hi FROM rounds)
                     SELECT coalesce(json_agg(json_build_object('periodStart', b.period::date, 'roundCount', b.round_count,
                              'totalUsd', b.total_usd) ORDER BY b.period), '[]')
                     FROM (SELECT s.period, count(r.id) AS round_count, coalesce(sum(r.amount_usd), 0) AS total_usd
                           FROM bounds CROSS JOIN LATERAL generate_series(bounds.lo, bounds.hi, interval '3 months') AS s(period)
                           LEFT JOIN rounds r ON date_trunc('quarter', r.announced_on::timestamp) = s.period
                           GROUP BY s.period) b)))::text
            FROM (VALUES ('model', 'MODEL'), ('middleware', 'MIDDLEWARE'), ('application', 'APPLICATION')) AS l(alias, layer)
            """,
    };
}
