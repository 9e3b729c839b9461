x = 1
del x
del obj.attr, seq[0]
def f():
    del y
