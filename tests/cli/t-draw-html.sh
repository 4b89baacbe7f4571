#!/bin/sh
# t-draw-html.sh: the HTML drawing in headless Chromium: the page loads
# offline with no console error, draws the expected nodes, search, the
# type filter and a click on a node work (driven by the URL fragment, see
# src/viz/page.js), and a screenshot is written.
. "$(dirname "$0")/lib.sh"
D=$NG_SRCDIR/tests/data/viz

CHROMIUM=${CHROMIUM:-}
[ -n "$CHROMIUM" ] || for c in chromium chromium-browser; do
  command -v $c >/dev/null 2>&1 && { CHROMIUM=$c; break; }
done

check "html of en.ttl" "$NEWSGRAPH" draw -f html -o "$TMP/en.html" "$D/en.ttl"
check "html of zh.ttl" "$NEWSGRAPH" draw -f html --lang zh -o "$TMP/zh.html" "$D/zh.ttl"
check "html of tricky.ttl" "$NEWSGRAPH" draw -f html -o "$TMP/tricky.html" "$D/tricky.ttl"
# One self-contained file: nothing loaded from elsewhere.
if grep -Eiq '<script[^>]* src=|<link |@import|url\(http' "$TMP/en.html"; then
  not_ok "self-contained (no external script, style or font)"; else ok "self-contained (no external script, style or font)"; fi
grep -q 'Copyright (c) 2016-2026, The Cytoscape Consortium' "$TMP/en.html" \
  && ok "vendored cytoscape.js inlined with its licence" || not_ok "vendored cytoscape.js inlined with its licence"

if [ -z "$CHROMIUM" ]; then
  skip "Chromium checks" "chromium not installed (Debian: chromium)"
  finish; exit 0
fi

# run_page HTML FRAGMENT: dumps the DOM after the scripts ran into
# $TMP/dom, the browser's log into $TMP/log.
run_page () {
  profile=$(mktemp -d "$TMP/profile.XXXXXX")
  timeout 120 "$CHROMIUM" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$profile" --enable-logging=stderr --v=0 --virtual-time-budget=10000 \
    --dump-dom "file://$1$2" >"$TMP/dom" 2>"$TMP/log" || true
}
# body_attr NAME: the value of data-NAME on <body> in $TMP/dom.
body_attr () {
  sed -n 's/.*<body\([^>]*\)>.*/\1/p' "$TMP/dom" | tr ' ' '\n' | sed -n "s/^data-$1=\"\([^\"]*\)\"$/\1/p"
}
console_errors () {
  grep -E 'CONSOLE|console' "$TMP/log" | grep -Ei 'error|uncaught|exception' || true
}

# Chromium starts slowly, so each run exercises several hooks at once.
run_page "$TMP/en.html" "#search=%E6%9D%8E%E4%BC%9F&hide=Person,Place&select=n0"
[ "$(body_attr ready)" = 1 ] && ok "page drawn (data-ready)" || { not_ok "page drawn (data-ready)"; tail -5 "$TMP/log" | sed 's/^/# /'; }
[ "$(body_attr errors)" = 0 ] && [ -z "$(console_errors)" ] && ok "no console errors" \
  || { not_ok "no console errors"; console_errors | head -5 | sed 's/^/# /'; }
[ "$(body_attr nodes)" = 7 ] && [ "$(body_attr edges)" = 8 ] && ok "7 nodes and 8 edges drawn" \
  || not_ok "7 nodes and 8 edges drawn (got $(body_attr nodes), $(body_attr edges))"
grep -q '<title>newsgraph: 7 nodes, 8 edges</title>' "$TMP/dom" && ok "count in the title" || not_ok "count in the title"
grep -q 'data-kind="Person"' "$TMP/dom" && grep -q 'data-kind="Event"' "$TMP/dom" \
  && ok "legend with a filter per kind" || not_ok "legend with a filter per kind"
[ "$(body_attr matches)" = 1 ] && ok "search by Chinese name finds 李伟" || not_ok "search by Chinese name (got $(body_attr matches))"
[ "$(body_attr visible)" = 4 ] && ok "type filter hides people and places" || not_ok "type filter (visible $(body_attr visible))"
grep -q '<aside id="panel" data-node="n0">' "$TMP/dom" && grep -q '2025-03-18' "$TMP/dom" \
  && ok "click shows the facts" || not_ok "click shows the facts"
grep -q '<blockquote class="evidence">The summit was held in Ningbo on March 18.</blockquote>' "$TMP/dom" \
  && ok "click shows the evidence sentence" || not_ok "click shows the evidence sentence"
grep -q 'hosted by Coastal Technology Association' "$TMP/dom" && ok "click lists the relations" || not_ok "click lists the relations"

run_page "$TMP/zh.html" "#search=wang-fang&select=n2"
[ "$(body_attr nodes)" = 4 ] && [ "$(body_attr errors)" = 0 ] && grep -q '<h2>王芳</h2>' "$TMP/dom" \
  && grep -q '副厅长 浙江省农业农村厅' "$TMP/dom" && ok "Chinese page: 4 nodes, panel in Chinese" || not_ok "Chinese page"
[ "$(body_attr matches)" = 1 ] && ok "search by IRI part finds 王芳" || not_ok "search by IRI part (got $(body_attr matches))"
run_page "$TMP/tricky.html" ""
[ "$(body_attr nodes)" = 3 ] && [ "$(body_attr errors)" = 0 ] \
  && grep -q '<title>newsgraph: 3 nodes, 2 edges</title>' "$TMP/dom" && ok "markup in names stays text" || not_ok "markup in names stays text"

# The error check bites: a page with a script error is caught.
sed 's|<script id="ng-data"|<script>no_such_function();</script>\n&|' "$TMP/en.html" >"$TMP/broken.html"
run_page "$TMP/broken.html" ""
{ [ -n "$(console_errors)" ] || [ "$(body_attr errors)" != 0 ]; } && ok "a script error would be caught" || not_ok "a script error would be caught"

# A screenshot, kept in the build tree for people to look at.
mkdir -p tests/cli
shot=$PWD/tests/cli/t-draw-html.png
rm -f "$shot"
profile=$(mktemp -d "$TMP/profile.XXXXXX")
timeout 120 "$CHROMIUM" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$profile" --hide-scrollbars --window-size=1280,800 --virtual-time-budget=10000 \
  --screenshot="$shot" "file://$TMP/en.html" >/dev/null 2>&1 || true
[ -s "$shot" ] && head -c 8 "$shot" | od -An -c | grep -q 'P   N   G' && ok "screenshot written ($shot)" || not_ok "screenshot written"
finish
