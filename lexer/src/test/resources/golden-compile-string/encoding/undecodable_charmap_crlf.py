# coding: cp1252
x = "é"
y = ""
