#!/usr/bin/env python3
"""count.py FORMAT FILE: print "NODES EDGES" of a drawing as a consumer reads it.

graphml and gexf go through networkx's own readers (read_graphml,
read_gexf); cyjs is read as JSON and checked for dangling or duplicate ids.
Exits 1 with a message when the file does not read, and 77 (skip) when
the installed networkx cannot read GEXF 1.3 (networkx before 3.0, such as
Debian 12's 2.8, reads only GEXF 1.1draft and 1.2draft)."""
import json
import sys


def main():
    fmt, path = sys.argv[1], sys.argv[2]
    if fmt in ("graphml", "gexf"):
        import networkx as nx
        if fmt == "gexf":
            from networkx.readwrite import gexf
            if "1.3" not in getattr(gexf.GEXF, "versions", {}):
                print("networkx %s cannot read GEXF 1.3" % nx.__version__, file=sys.stderr)
                sys.exit(77)
        g = nx.read_graphml(path) if fmt == "graphml" else nx.read_gexf(path)
        if not g.is_directed():
            sys.exit("count.py: read as undirected")
        for _, data in g.nodes(data=True):
            if not data.get("label"):
                sys.exit("count.py: a node without label")
        print(g.number_of_nodes(), g.number_of_edges())
    elif fmt == "cyjs":
        with open(path, encoding="utf-8") as f:
            doc = json.load(f)
        nodes = doc["elements"]["nodes"]
        edges = doc["elements"]["edges"]
        ids = [n["data"]["id"] for n in nodes]
        if len(set(ids)) != len(ids):
            sys.exit("count.py: duplicate node ids")
        known = set(ids)
        for e in edges:
            d = e["data"]
            if d["source"] not in known or d["target"] not in known:
                sys.exit("count.py: edge %s points nowhere" % d["id"])
        print(len(nodes), len(edges))
    else:
        sys.exit("count.py: unknown format " + fmt)


if __name__ == "__main__":
    main()
