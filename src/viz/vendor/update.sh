#!/bin/sh
# update.sh VERSION: re-vendor cytoscape.js from the npm registry (npm pack),
# copying its minified browser build and licence next to this script.
set -eu
version=${1:?usage: update.sh VERSION (e.g. 3.34.4)}
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent "cytoscape@$version" >/dev/null && tar xzf "cytoscape-$version.tgz")
cp "$tmp/package/dist/cytoscape.min.js" "$here/cytoscape.min.js"
cp "$tmp/package/LICENSE" "$here/LICENSE.cytoscape"
if grep -qi '</script' "$here/cytoscape.min.js"; then
  echo "update.sh: note: the library contains '</script'; html.c escapes it" >&2
fi
echo "cytoscape.js $version vendored; now update README.md and cyjs.c"
