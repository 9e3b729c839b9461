ÿ = 1abc
