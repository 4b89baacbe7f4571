## tests of the query area
