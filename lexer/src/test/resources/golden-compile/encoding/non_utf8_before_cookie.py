#ÿ
# coding: latin-1
