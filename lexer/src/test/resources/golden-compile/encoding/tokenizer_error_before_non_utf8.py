x = 1abc
y = "ÿ"
