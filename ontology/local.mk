## ontology files shipped in the tarball
EXTRA_DIST += ontology/newsgraph.ttl ontology/README.md
