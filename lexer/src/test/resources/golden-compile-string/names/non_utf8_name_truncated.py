x = aâ‚
