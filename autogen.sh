#!/bin/sh
# Regenerate the build system: configure, Makefile.in and the aux files.
# It does not run configure (honours the raptor habit of NOCONFIGURE).
set -e
srcdir=$(dirname "$0")
test -n "$srcdir" || srcdir=.
mkdir -p "$srcdir/m4" "$srcdir/build-aux"
autoreconf --force --install --verbose "$srcdir"
