with a, b
