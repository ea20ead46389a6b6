-- Computed columns PostGraphile needs for the benchmark's equivalent queries, installed by
-- deploy/bench/run.sh into the benchmark databases only (never by the service's migrations).
-- PostGraphile 4 only recognises a computed column defined in the same schema as its table
-- (graphile-build-pg PgComputedColumnsPlugin checks the namespace), so these live in `public`
-- with the `bench_` type prefix rather than in a schema of their own.
-- Funding totals need no function: organizations.total_funding_usd and
-- products.organization_funding_usd are real (trigger-maintained) columns it exposes itself.

-- Product.latestMauUsage: the newest monthly-active-users fact (Landscape: latestUsage(metric: MONTHLY_ACTIVE_USERS)).
CREATE OR REPLACE FUNCTION public.products_latest_mau_usage(p public.products) RETURNS public.usage_metrics
LANGUAGE sql STABLE AS $$
  SELECT u.* FROM public.usage_metrics u
  WHERE u.product_id = p.id AND u.metric = 'MONTHLY_ACTIVE_USERS'
  ORDER BY u.as_of DESC, u.id DESC LIMIT 1
$$;

-- Model.ancestors(maxDepth): the family tree upwards (Landscape: lineage(direction: ANCESTORS, maxDepth)).
DO $$ BEGIN
  CREATE TYPE public.bench_lineage_step AS (depth int, relation text, model_name text);
EXCEPTION WHEN duplicate_object THEN NULL; END $$;

CREATE OR REPLACE FUNCTION public.models_ancestors(m public.models, max_depth int) RETURNS SETOF public.bench_lineage_step
LANGUAGE sql STABLE AS $$
  WITH RECURSIVE walk (model_id, relation, depth, path) AS (
      SELECT l.derived_from_id, l.relation, 1, ARRAY[l.model_id, l.derived_from_id]
      FROM public.model_lineage l WHERE l.model_id = m.id
    UNION ALL
      SELECT l.derived_from_id, l.relation, w.depth + 1, w.path || l.derived_from_id
      FROM walk w JOIN public.model_lineage l ON l.model_id = w.model_id
      WHERE w.depth < max_depth AND l.derived_from_id <> ALL(w.path))
  SELECT s.depth, s.relation::text, am.name::text
  FROM (SELECT DISTINCT ON (model_id) model_id, relation, depth FROM walk ORDER BY model_id, depth) s
  JOIN public.models am ON am.id = s.model_id
  ORDER BY s.depth, am.released_on, am.name
$$;

-- Query.benchFundingOverTime(layer): funding per quarter of the rounds of organizations with a
-- product in the layer, empty quarters included (Landscape: fundingOverTime(interval: QUARTER, layer)).
DO $$ BEGIN
  CREATE TYPE public.bench_funding_bucket AS (period_start date, round_count int, total_usd numeric);
EXCEPTION WHEN duplicate_object THEN NULL; END $$;

CREATE OR REPLACE FUNCTION public.bench_funding_over_time(layer text) RETURNS SETOF public.bench_funding_bucket
LANGUAGE sql STABLE AS $$
  WITH rounds AS (
    SELECT r.id, r.announced_on, r.amount_usd FROM public.funding_rounds r
    WHERE EXISTS (SELECT 1 FROM public.products p WHERE p.organization_id = r.organization_id AND p.layer = bench_funding_over_time.layer)),
  bounds AS (
    SELECT date_trunc('quarter', min(announced_on)::timestamp) AS lo, date_trunc('quarter', max(announced_on)::timestamp) AS hi FROM rounds)
  SELECT s.period::date, count(r.id)::int, COALESCE(sum(r.amount_usd), 0)
  FROM bounds CROSS JOIN LATERAL generate_series(bounds.lo, bounds.hi, interval '3 months') AS s(period)
  LEFT JOIN rounds r ON date_trunc('quarter', r.announced_on::timestamp) = s.period
  GROUP BY s.period ORDER BY s.period
$$;
