f = lambda: 0
g = lambda x, y=default, *a, k, **kw: x + y + k
h = lambda x: lambda y: x + y
