[x for a, b, (c + 1, d()) in y]
