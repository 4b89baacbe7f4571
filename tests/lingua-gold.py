#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Measure src/lingua's cross-language keys on the gold annotations.

For every gold entity (E row) that is a Person or Organization and whose
name is in Han characters, ask the lingua keys (via tests/lingua-probe)
whether it gets the same key as an English-named gold entity with the same
gold id (its name or one of its Latin-script aliases, in any gold file).

    python3 tests/lingua-gold.py BUILD/tests/lingua-probe GOLD_DIR_OR_FILE... [-v]

Prints one line per type: matched / Han-named entities that have an
English-named counterpart in the gold (the others cannot match and are
counted apart), and with -v the misses.
(second figure) whether the key equals the slug of the gold id itself.
"""
import glob
import os
import re
import subprocess
import sys

han = re.compile(r"[\u3400-\u9fff\U00020000-\U0002ffff]")
args = [a for a in sys.argv[1:] if a != "-v"]
verbose = "-v" in sys.argv
probe, dirs = args[0], args[1:]

rows = []  # (type, id, name, aliases)
for d in dirs:
    files = [d] if os.path.isfile(d) else sorted(glob.glob(os.path.join(d, "*.tsv")))
    for f in files:
        for line in open(f, encoding="utf-8"):
            p = line.rstrip("\n").split("\t")
            if len(p) >= 4 and p[0] == "E" and p[2] in ("Person", "Organization"):
                aliases = p[4].split("|") if len(p) > 4 and p[4] else []
                rows.append((p[2], p[1], p[3], aliases))

kind = {"Person": "person", "Organization": "org"}
queries = set()
for t, i, name, aliases in rows:
    for n in [name] + aliases:
        queries.add((kind[t], n))
queries = sorted(queries)
out = subprocess.run([probe], input="".join(f"{k}\t{n}\n" for k, n in queries),
                     capture_output=True, text=True, check=True).stdout
key = {}
english_of = {}
for line in out.splitlines():
    k, n, kk, en = line.split("\t")
    key[(k, n)] = kk
    english_of[(k, n)] = en

# English surface forms per gold id (names and aliases without Han).
english = {}
for t, i, name, aliases in rows:
    for n in [name] + aliases:
        if not han.search(n):
            english.setdefault((t, i), set()).add(n)

for t in ("Person", "Organization"):
    seen = set()
    total = matched = orphan = 0
    misses = []
    for tt, i, name, aliases in rows:
        if tt != t or not han.search(name) or (i, name) in seen:
            continue
        seen.add((i, name))
        ens = english.get((t, i))
        if not ens:
            orphan += 1
            continue
        total += 1
        k = key[(kind[t], name)]
        ekeys = {key[(kind[t], e)] for e in ens}
        if k != "-" and k in ekeys:
            matched += 1
        else:
            misses.append(f"  {i}: {name} -> {k}; English {sorted(ekeys)}")
    print(f"{t}: {matched}/{total} Han names keyed like an English name of the same gold id"
          f" ({orphan} Han names have no English counterpart in the gold)")
    if verbose:
        print("\n".join(misses))
    # Second figure: does the key of each Han name equal the gold id's own
    # slug (the annotators build ids from the English or pinyin name)?
    same = n_han = 0
    id_misses = []
    seen = set()
    for tt, i, name, aliases in rows:
        if tt != t or not han.search(name) or (i, name) in seen:
            continue
        seen.add((i, name))
        n_han += 1
        k = key[(kind[t], name)]
        if k == i.split(":", 1)[1]:
            same += 1
        else:
            id_misses.append(f"  {i}: {name} -> {k}")
    print(f"{t}: {same}/{n_han} Han names keyed exactly as the gold id's slug")
    if verbose:
        print("\n".join(id_misses))

# Third and fourth figures, over every surface form (names and aliases, both
# languages): gold ids all of whose forms share one key, and keys shared by
# two different gold ids (would-be false merges if keys alone decided).
for t in ("Person", "Organization"):
    forms = {}
    for tt, i, name, aliases in rows:
        if tt == t:
            forms.setdefault(i, set()).update([name] + aliases)
    one = 0
    split = []
    by_key = {}
    for i, fs in sorted(forms.items()):
        ks = {key[(kind[t], f)] for f in fs}
        if len(ks) == 1:
            one += 1
        else:
            split.append(f"  {i}: " + "; ".join(f"{f} -> {key[(kind[t], f)]}" for f in sorted(fs)))
        for k in ks:
            by_key.setdefault(k, set()).add(i)
    clashes = {k: v for k, v in by_key.items() if len(v) > 1}
    print(f"{t}: {one}/{len(forms)} gold ids have one key over all their forms;"
          f" {len(clashes)} keys shared by different gold ids")
    if verbose:
        print("\n".join(split))
        for k, v in sorted(clashes.items()):
            print(f"  CLASH {k}: {sorted(v)}")

# Fifth figure: Han-named people and organizations that get an English name
# at all (person_name_en / org_name_en not NULL), by distinct name.
for t in ("Person", "Organization"):
    names = sorted({name for tt, i, name, al in rows if tt == t and han.search(name)})
    got = [n for n in names if english_of[(kind[t], n)] != "-"]
    print(f"{t}: {len(got)}/{len(names)} Han names get an English name")
    if verbose:
        for n in names:
            if english_of[(kind[t], n)] == "-":
                print(f"  no English: {n}")
