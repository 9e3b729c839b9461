pass
del x
del x, y
del a.b, a[0]
del (x, y)
del [x, y]
del (x)
assert x
assert x, "message"
raise
raise E
raise E from e
global a
global a, b
def f():
    nonlocal x
    nonlocal x, y
    return
    return 1
    return 1, 2
    return *a, b
for x in y:
    break
    continue
x = 1; y = 2;
