## tests of the extract area
