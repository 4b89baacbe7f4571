#!/bin/sh
# t-draw-cyjs.sh: Cytoscape.js elements JSON: parses, ids unique, every
# edge between known nodes, the expected counts, scalar or list values.
. "$(dirname "$0")/lib.sh"
D=$NG_SRCDIR/tests/data/viz

if ! command -v python3 >/dev/null 2>&1; then
  skip "cyjs reads" "python3 not installed"; finish; exit 0
fi
for spec in en:7:8 zh:4:4 tricky:3:2 unnamed:2:1; do
  f=${spec%%:*}; rest=${spec#*:}; nn=${rest%%:*}; ne=${rest#*:}
  check "cyjs of $f.ttl" "$NEWSGRAPH" draw -f cyjs -o "$TMP/$f.cyjs" "$D/$f.ttl"
  got=$(python3 "$NG_SRCDIR/tests/viz/count.py" cyjs "$TMP/$f.cyjs" 2>"$TMP/p.err" || true)
  [ "$got" = "$nn $ne" ] && ok "$f.cyjs: $nn nodes, $ne edges" \
    || { not_ok "$f.cyjs: $nn nodes, $ne edges (got '$got')"; sed 's/^/# /' "$TMP/p.err"; }
done
python3 - "$TMP/tricky.cyjs" "$TMP/en.cyjs" <<'PY' >"$TMP/check" 2>&1 && ok "values are strings or string lists; markup kept as text" || { not_ok "values"; sed 's/^/# /' "$TMP/check"; }
import json, sys
for path in sys.argv[1:]:
    doc = json.load(open(path, encoding="utf-8"))
    for el in doc["elements"]["nodes"] + doc["elements"]["edges"]:
        for k, v in el["data"].items():
            assert isinstance(v, str) or (isinstance(v, list) and all(isinstance(x, str) for x in v)), (k, v)
doc = json.load(open(sys.argv[1], encoding="utf-8"))
labels = [n["data"]["label"] for n in doc["elements"]["nodes"]]
assert any(l.startswith("</script><script>") for l in labels), labels
assert any('"Quoted"' in l for l in labels), labels
raw = open(sys.argv[1], encoding="utf-8").read()
assert "</script" not in raw, "raw </script in JSON"
PY
finish
