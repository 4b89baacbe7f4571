# lib.sh: shared setup for the CLI test scripts (TAP).
# Sourced by tests/cli/t-*.sh; $NEWSGRAPH is set by `make check`.
set -eu
LC_ALL=C.UTF-8
export LC_ALL
: "${NEWSGRAPH:?run under make check, or set NEWSGRAPH to the binary}"
: "${NG_SRCDIR:=$(cd "$(dirname "$0")/../.." && pwd)}"
: "${NG_SHARED:=$NG_SRCDIR/../shared}"
TMP=$(mktemp -d "${TMPDIR:-/tmp}/ngtest.XXXXXX")
trap 'rm -rf "$TMP"' EXIT
n_test=0
n_fail=0

ok () { n_test=$((n_test + 1)); echo "ok $n_test - $1"; }
not_ok () { n_test=$((n_test + 1)); n_fail=$((n_fail + 1)); echo "not ok $n_test - $1"; }
skip () { n_test=$((n_test + 1)); echo "ok $n_test - $1 # SKIP $2"; }

# check NAME COMMAND...: passes when COMMAND succeeds.
check () {
  name=$1; shift
  if "$@" >"$TMP/out" 2>"$TMP/err"; then ok "$name"; else
    not_ok "$name"; sed 's/^/# /' "$TMP/err" | head -20; fi
}

# expect_exit NAME CODE COMMAND...: runs COMMAND, checks its exit code;
# its stdout is in $TMP/out and stderr in $TMP/err afterwards.
expect_exit () {
  name=$1; want=$2; shift 2
  set +e; "$@" >"$TMP/out" 2>"$TMP/err"; got=$?; set -e
  if [ "$got" = "$want" ]; then ok "$name"; else
    not_ok "$name (exit $got, want $want)"; sed 's/^/# /' "$TMP/err" | head -20; fi
}

# expect_err NAME PATTERN: the last command's stderr matches PATTERN (grep -E).
expect_err () {
  if grep -Eq -- "$2" "$TMP/err"; then ok "$1"; else
    not_ok "$1"; echo "# stderr was:"; sed 's/^/# /' "$TMP/err" | head -20; fi
}

finish () {
  echo "1..$n_test"
  [ "$n_fail" -eq 0 ]
}
