x = "ÿ"
y = 1abc
