# coding: Latin-1
x = 'µ'
