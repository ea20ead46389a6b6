#!/usr/bin/env bash
# Re-creates the vendored GraphiQL assets in src/Landscape.Api/Assets/graphiql/ from the npm
# registry, so that the page served at GET /graphql works offline and a fresh clone needs no
# npm step. Run it only to change a version, then commit the files and SHA256SUMS it writes.
#   deploy/vendor-graphiql.sh
# React 18 is the last React with UMD builds, and GraphiQL 3 the last with a UMD bundle
# (GraphiQL 4+ is ESM-only with Monaco web workers), so these are pinned together.
set -euo pipefail
GRAPHIQL=3.8.3 REACT=18.3.1
root=$(cd "$(dirname "$0")/.." && pwd)
out=$root/src/Landscape.Api/Assets/graphiql
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
npm pack --silent "graphiql@$GRAPHIQL" "react@$REACT" "react-dom@$REACT" >/dev/null
for package in graphiql-$GRAPHIQL react-$REACT react-dom-$REACT; do
  mkdir "$package" && tar xzf "$package.tgz" -C "$package"
done
cp graphiql-$GRAPHIQL/package/graphiql.min.js graphiql-$GRAPHIQL/package/graphiql.min.css "$out/"
cp react-$REACT/package/umd/react.production.min.js "$out/"
cp react-dom-$REACT/package/umd/react-dom.production.min.js "$out/"
cp graphiql-$GRAPHIQL/package/LICENSE "$out/LICENSE.graphiql.txt"
cp react-$REACT/package/LICENSE "$out/LICENSE.react.txt"
cd "$out" && sha256sum graphiql.min.js graphiql.min.css react.production.min.js react-dom.production.min.js >SHA256SUMS
echo "GraphiQL $GRAPHIQL and React $REACT vendored into $out"
