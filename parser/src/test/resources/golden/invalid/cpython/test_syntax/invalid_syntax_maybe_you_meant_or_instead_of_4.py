[x, y, z=3, d, e]
