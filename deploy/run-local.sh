#!/usr/bin/env bash
# Runs Landscape on this machine: a local PostgreSQL in .pgdata/ (created on first use, kept
# between runs), migrated and seeded, and the API at a printed URL. Ctrl-C stops both.
# Uses ConnectionStrings__Landscape instead of the local cluster when it is set.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
port=${LANDSCAPE_PORT:-5080}
pg_port=${LANDSCAPE_PG_PORT:-55432}

if [ -z "${ConnectionStrings__Landscape:-}" ]; then
  ConnectionStrings__Landscape=$("$root/deploy/postgres-local.sh" start "$root/.pgdata" "$pg_port")
  export ConnectionStrings__Landscape
  trap '"$root/deploy/postgres-local.sh" stop "$root/.pgdata"; echo "PostgreSQL stopped."' EXIT
  echo "PostgreSQL running on 127.0.0.1:$pg_port (data in .pgdata/)."
fi

dotnet build "$root/src/Landscape.Api" -c Release -v quiet -nologo >/dev/null
echo "Landscape: http://127.0.0.1:$port/graphql (GraphiQL in a browser; POST GraphQL requests here). Ctrl-C stops."
# --no-launch-profile: the environment is the one set here (launchSettings.json would force Development).
ASPNETCORE_ENVIRONMENT=${ASPNETCORE_ENVIRONMENT:-Development} \
  dotnet run --project "$root/src/Landscape.Api" -c Release --no-build --no-launch-profile -- --urls "http://127.0.0.1:$port"
