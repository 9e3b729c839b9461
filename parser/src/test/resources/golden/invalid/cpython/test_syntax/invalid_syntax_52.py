def f6(x: *b): pass
