def f(*args, **kwargs):
    return args, kwargs
a = [1, 2]
d = {'x': 1}
print(f(*a), f(0, *a, 3), f(**d), f(*a, y=2, **d), f(a=1, **d, b=2))
print('%s=%r' % ('k', 'v'), '%5s|%-3s|%.2s' % ('a', 'b', 'cde'), '%d' % (3,))
class Base:
    def __init__(self, *args):
        self.args = args
class D(Base, *()):
    pass
print(D(1, 2).args)
