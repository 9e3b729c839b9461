# coding: ascii
x = 'éÿ'
