## tests of the viz area
