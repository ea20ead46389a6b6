-- wrk script: POST the body in $BENCH_BODY to the URL; print one machine-readable result line.
-- errors counts what wrk counts (connect, read, write, timeout, non-2xx status) and also 200s whose
-- JSON carries GraphQL errors (a statement timeout under overload answers fast, and must not count
-- as a served request); rps counts the answers that are neither non-2xx nor GraphQL errors.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept"] = "application/json"
local file = assert(io.open(os.getenv("BENCH_BODY"), "rb"))
wrk.body = file:read("*a")
file:close()

local threads = {}
setup = function(thread) table.insert(threads, thread) end
init = function(args) graphql_errors = 0 end
response = function(status, headers, body)
  if status == 200 and body:find('"errors":[', 1, true) then graphql_errors = graphql_errors + 1 end
end

done = function(summary, latency, requests)
  local e = summary.errors
  local graphql = 0
  for _, thread in ipairs(threads) do graphql = graphql + thread:get("graphql_errors") end
  local errors = e.connect + e.read + e.write + e.status + e.timeout + graphql
  -- summary.requests counts completed answers, non-2xx and GraphQL errors among them, and also those
  -- that came after --timeout: wrk counts those as timeouts and leaves them out of the latencies.
  io.write(string.format("RESULT rps=%.1f p50_ms=%.2f p99_ms=%.2f requests=%d errors=%d\n",
    math.max(summary.requests - e.status - graphql, 0) / (summary.duration / 1e6), latency:percentile(50) / 1000,
    latency:percentile(99) / 1000, summary.requests, errors))
end
