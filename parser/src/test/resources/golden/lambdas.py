lambda: 0
lambda x: x
lambda x, y=1: x + y
lambda *args, **kwargs: 0
lambda x, /, y, *, z: 0
lambda *, x=1: x
lambda x=1, /, y=2: 0
f = lambda: (yield)
lambda: lambda: 0
