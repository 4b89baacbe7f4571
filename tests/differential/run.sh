#!/bin/sh
# run.sh: the differential tests against Oxigraph, as a TAP test for make
# check (NG_DIFF_CASES cases, 300 by default).  Skips with a message when
# node or the npm package oxigraph is missing: install it with
#   (cd tests/differential && npm ci --no-audit)
dir=$(cd "$(dirname "$0")" && pwd)
if ! command -v node >/dev/null 2>&1; then
  echo "1..0 # SKIP node is not installed"
  exit 0
fi
if [ ! -d "$dir/node_modules/oxigraph" ]; then
  echo "1..0 # SKIP the npm package oxigraph is not installed: (cd tests/differential && npm ci --no-audit)"
  exit 0
fi
exec node "$dir/diff.js" --cases "${NG_DIFF_CASES:-300}" --newsgraph "${NEWSGRAPH:-newsgraph}"
