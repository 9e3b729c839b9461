def f(): pass
def f(a): pass
def f(a, b): pass
def f(a=1): pass
def f(a, b=1, *args, c, d=2, **kwargs): pass
def f(a, /): pass
def f(a, /, b): pass
def f(a=1, /, b=2): pass
def f(a, b=1, /, c=2): pass
def f(*, a): pass
def f(*, a=1, b): pass
def f(*args): pass
def f(**kwargs): pass
def f(a: int, b: str = "", *c: int, d: int = 1, **e: int) -> None: pass
def f(*args: *Ts): pass
def f(a,): pass
def f(a, *, b,): pass
def f():
    """docstring"""
    x = 1
    return x
def f[T](x: T) -> T: pass
def f[T: int, *Ts, **P](): pass
def f[T = int, *Ts = *tuple[int], **P = [int]](): pass
def f[T: (int, str) = int](): pass
