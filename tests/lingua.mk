## tests of the lingua area
