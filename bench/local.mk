## benchmark generators and scripts (not built by default)
