## example articles and queries
EXTRA_DIST += examples/README.md examples/forum.ttl \
	examples/articles/lakeside-forum-2024.txt \
	examples/articles/harbor-charity-summit-2023.txt \
	examples/articles/xiangshan-salon-2024.txt
