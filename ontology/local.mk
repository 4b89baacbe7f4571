## ontology files shipped in the tarball
