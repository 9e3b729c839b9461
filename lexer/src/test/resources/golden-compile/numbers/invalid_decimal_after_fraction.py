x = .5abc
