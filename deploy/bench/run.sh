#!/usr/bin/env bash
# The Landscape load benchmark (issue 7). One command:
#
#   deploy/bench/run.sh [S|M|L|all]        (default: all)
#
# For each scale: a dedicated local PostgreSQL (.pgbench/, 127.0.0.1:$BENCH_PG_PORT) with one
# database per scale, migrated, seeded with the curated data and loaded with reproducible
# synthetic data; then Landscape (Release, production settings), PostGraphile 4.14 and the
# raw-SQL floor, each driven by wrk at fixed concurrency after a warm-up; then one table.
# Knobs (environment): BENCH_WARMUP (s, 25), BENCH_DURATION (s, 15), BENCH_CONNECTIONS (16),
# BENCH_SYSTEMS ("landscape postgraphile floor"), BENCH_QUERIES ("q1 q2 q3 q4"), BENCH_PG_PORT (55439),
# BENCH_PORT_BASE (47190: Landscape, +1 PostGraphile, +2 floor), BENCH_OUT (artifacts/bench).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
bench=$root/deploy/bench
out=${BENCH_OUT:-$root/artifacts/bench}
# .NET's tiered JIT needs ~30 s of load on 2 busy cores to reach its optimized code (and V8 some too).
warmup=${BENCH_WARMUP:-25}
duration=${BENCH_DURATION:-15}
connections=${BENCH_CONNECTIONS:-16}
systems=${BENCH_SYSTEMS-landscape postgraphile floor}
queries=${BENCH_QUERIES-q1 q2 q3 q4}
pg_port=${BENCH_PG_PORT:-55439}
port_base=${BENCH_PORT_BASE:-47190}
declare -A port=([landscape]=$port_base [postgraphile]=$((port_base + 1)) [floor]=$((port_base + 2)))
case "${1:-all}" in
  all) scales="S M L" ;;
  S|M|L) scales=$1 ;;
  *) echo "usage: $0 [S|M|L|all]" >&2; exit 2 ;;
esac

need() { command -v "$1" >/dev/null 2>&1 || { echo "$1 is needed: $2" >&2; exit 1; }; }
need wrk "apt-get install wrk"
need node "Debian: apt-get install nodejs npm"
need psql "apt-get install postgresql"

mkdir -p "$out"
results=$out/results.tsv
: >"$results"
pids=()
cleanup() {
  for pid in "${pids[@]:-}"; do [ -n "$pid" ] && kill "$pid" 2>/dev/null || true; done
  "$root/deploy/postgres-local.sh" stop "$root/.pgbench" || true
}
trap cleanup EXIT

echo "== building (Release)"
dotnet build "$root/src/Landscape.Api" -c Release -v quiet -nologo >/dev/null
dotnet build "$bench/Landscape.Bench" -c Release -v quiet -nologo >/dev/null
api_dll=$root/src/Landscape.Api/bin/Release/net10.0/Landscape.Api.dll
bench_dll=$bench/Landscape.Bench/bin/Release/net10.0/Landscape.Bench.dll
if [[ " $systems " == *" postgraphile "* ]] && [ ! -x "$bench/postgraphile/node_modules/.bin/postgraphile" ]; then
  (cd "$bench/postgraphile" && npm install --no-audit --no-fund --loglevel=error)
fi

base=$("$root/deploy/postgres-local.sh" start "$root/.pgbench" "$pg_port")
echo "== PostgreSQL on 127.0.0.1:$pg_port (data in .pgbench/)"

wait_http() { # url body
  for _ in $(seq 1 120); do
    curl -fsS -o /dev/null -H 'content-type: application/json' -d "$2" "$1" 2>/dev/null && return 0
    sleep 0.5
  done
  echo "no answer from $1" >&2; return 1
}

body_file() { # system query -> JSON request body file
  local file=$out/body-$1-$2.json
  if [ "$1" = floor ]; then echo '{}' >"$file"
  else node -e 'const fs=require("fs");process.stdout.write(JSON.stringify({query:fs.readFileSync(process.argv[1],"utf8")}))' \
         "$bench/queries/$1-$2.graphql" >"$file"; fi
  echo "$file"
}

url_of() { # system query
  case $1 in
    floor) echo "http://127.0.0.1:${port[floor]}/$2" ;;
    *) echo "http://127.0.0.1:${port[$1]}/graphql" ;;
  esac
}

for scale in $scales; do
  db=landscape_bench_$(echo "$scale" | tr 'A-Z' 'a-z')
  cs="$base"; cs=${cs/Database=landscape/Database=$db}
  pg_url="postgres://postgres@127.0.0.1:$pg_port/$db"
  createdb -h 127.0.0.1 -p "$pg_port" -U postgres "$db" 2>/dev/null || true
  echo "== scale $scale: database $db"
  ConnectionStrings__Landscape=$cs dotnet "$api_dll" migrate >/dev/null
  if [ "$(psql "$pg_url" -Atc "select count(*) from products where slug like 'syn-%'")" = 0 ]; then
    ConnectionStrings__Landscape=$cs dotnet "$api_dll" seed --path "$root/seed" | tail -n 1
    dotnet "$bench_dll" generate "$scale" "$cs"
  fi
  psql -q "$pg_url" -v ON_ERROR_STOP=1 -f "$bench/postgraphile/functions.sql" >/dev/null
  psql -q "$pg_url" -c "VACUUM ANALYZE" >/dev/null
  # The planner settings Landscape's sessions use (WithSessionSettings), for every system's
  # sessions: the same database for all three, and a floor that is as fast as it can be.
  psql -q "$pg_url" -c "ALTER DATABASE $db SET random_page_cost = 1.1" -c "ALTER DATABASE $db SET jit = off" >/dev/null

  for system in $systems; do
    if ss -ltn "sport = :${port[$system]}" | grep -q LISTEN; then
      echo "port ${port[$system]} is taken: set BENCH_PORT_BASE to a free range" >&2; exit 1
    fi
    case $system in
      landscape)
        # From its own folder, as deployed (the Dockerfile's WORKDIR): the content root, and so
        # appsettings.json with its log levels, is the working directory.
        # The per-caller rate limit is off: every wrk connection comes from one address, and the
        # benchmark measures how fast requests are served, not how fast one caller may send them.
        # DOTNET_GCgen0size as the image sets it (deploy/Dockerfile).
        (cd "$(dirname "$api_dll")" && ASPNETCORE_ENVIRONMENT=Production DOTNET_GCgen0size=0x1000000 ConnectionStrings__Landscape=$cs RateLimit__Enabled=false \
          exec dotnet Landscape.Api.dll --urls "http://127.0.0.1:${port[landscape]}") >"$out/landscape-$scale.log" 2>&1 &
        ;;
      postgraphile)
        NODE_ENV=production "$bench/postgraphile/node_modules/.bin/postgraphile" -c "$pg_url" --schema public \
          --host 127.0.0.1 --port "${port[postgraphile]}" --disable-default-mutations --disable-query-log \
          --max-pool-size "$connections" >"$out/postgraphile-$scale.log" 2>&1 &
        ;;
      floor)
        ASPNETCORE_ENVIRONMENT=Production dotnet "$bench_dll" floor "$cs" --urls "http://127.0.0.1:${port[floor]}" \
          >"$out/floor-$scale.log" 2>&1 &
        ;;
    esac
    pid=$!; pids+=("$pid")
    first=${queries%% *}
    wait_http "$(url_of "$system" "$first")" "$(cat "$(body_file "$system" "$first")")"
    for q in $queries; do
      body=$(body_file "$system" "$q")
      url=$(url_of "$system" "$q")
      # One checked request first: a GraphQL error would make the numbers meaningless.
      response=$out/response-$system-$q.json
      curl -sS -H 'content-type: application/json' -H 'accept: application/json' --data-binary "@$body" "$url" >"$response"
      # Prints the SQL command count; fails on an error or a missing `data`.
      if ! sql=$(node -e 'const r=JSON.parse(require("fs").readFileSync(process.argv[1],"utf8"));
          if(r.errors||!r.data)process.exit(1);const c=r.extensions&&r.extensions.cost;process.stdout.write(String(c?c.sqlCommands:"-"))' "$response"); then
        echo "$system $q at $scale answered with an error: $(head -c 400 "$response")" >&2; exit 1
      fi
      [ "$system" = landscape ] || sql=1
      BENCH_BODY=$body wrk -t2 -c"$connections" -d"${warmup}s" -s "$bench/post.lua" "$url" >/dev/null
      line=$(BENCH_BODY=$body wrk -t2 -c"$connections" -d"${duration}s" --timeout 10s -s "$bench/post.lua" "$url" | grep '^RESULT')
      echo "   $scale $q $system: ${line#RESULT } sql=$sql"
      printf '%s\t%s\t%s\t%s\t%s\n' "$scale" "$q" "$system" "${line#RESULT }" "$sql" >>"$results"
    done
    rss_kb=$(awk '/VmHWM/ {print $2}' "/proc/$pid/status")
    printf '%s\trss\t%s\t%s\n' "$scale" "$system" "$rss_kb" >>"$results"
    kill "$pid"; wait "$pid" 2>/dev/null || true
  done
done

[ -s "$results" ] && node "$bench/report.mjs" "$results" | tee "$out/table.md"
