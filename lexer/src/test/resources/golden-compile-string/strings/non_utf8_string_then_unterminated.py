x = "ÿ"
y = "abc
