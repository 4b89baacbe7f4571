#!/bin/sh
# draw.sh [NEWSGRAPH [OUTDIR]]: redraws the example graph examples/forum.ttl
# as forum.svg (English labels) and forum.zh.svg (Chinese labels), both
# through Graphviz, and as forum.html (one self-contained page, open it in
# any browser, offline).  With ../shared beside the checkout it also draws
# the graph extracted from the seed articles as seeds.svg and seeds.html.  NEWSGRAPH defaults to $NEWSGRAPH, then
# ../build/newsgraph; OUTDIR to this folder.  Needs Graphviz's dot.
#
#   ./autogen.sh && mkdir -p build && cd build && ../configure && make && cd ..
#   examples/draw.sh
set -eu
here=$(cd "$(dirname "$0")" && pwd)
ng=${1:-${NEWSGRAPH:-$here/../build/newsgraph}}
out=${2:-$here}
command -v dot >/dev/null 2>&1 || { echo "draw.sh: Graphviz's dot is needed (Debian: graphviz)" >&2; exit 1; }
"$ng" draw -f dot "$here/forum.ttl" | dot -Tsvg -o "$out/forum.svg"
"$ng" draw -f dot --lang zh "$here/forum.ttl" | dot -Tsvg -o "$out/forum.zh.svg"
"$ng" draw -o "$out/forum.html" "$here/forum.ttl"
echo "draw.sh: wrote $out/forum.svg, $out/forum.zh.svg and $out/forum.html"
# The graph of the seed articles (others' writing, so only the drawing is
# kept here), when ../shared is beside the checkout.
seeds=${NG_SHARED:-$here/../../shared}/corpus/seeds
if [ -d "$seeds" ]; then
  tmp=$(mktemp "${TMPDIR:-/tmp}/seeds.XXXXXX")
  trap 'rm -f "$tmp"' EXIT
  "$ng" extract --format turtle --output "$tmp" "$seeds"/*.txt
  "$ng" draw -f dot -i turtle "$tmp" | dot -Tsvg -o "$out/seeds.svg"
  "$ng" draw -f html -i turtle -o "$out/seeds.html" "$tmp"
  echo "draw.sh: wrote $out/seeds.svg and $out/seeds.html"
fi
