## tests of the conformance area
