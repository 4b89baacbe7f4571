## example articles and queries
