# coding=FOO_bar
x = 1
