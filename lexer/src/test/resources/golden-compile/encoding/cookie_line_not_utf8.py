# ÿ coding: latin-1
x = 1abc
