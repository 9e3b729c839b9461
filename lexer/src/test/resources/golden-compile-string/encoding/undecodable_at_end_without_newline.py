# coding: utf8
x = 1  # ð