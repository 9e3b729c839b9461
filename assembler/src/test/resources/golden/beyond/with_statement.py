import contextlib

@contextlib.contextmanager
def cm(name):
    print('enter', name)
    yield name
    print('exit', name)

with cm('a') as a:
    print(a)
with cm('b'), cm('c') as c:
    print(c)
def f():
    with cm('d') as d:
        return d
print(f())
