# coding: iso8859_15
x = '€'
