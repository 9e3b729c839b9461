x = 1e5abc
