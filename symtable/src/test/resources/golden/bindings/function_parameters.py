def f(a, b=1, /, c=2, *args, d, e=3, **kwargs):
    return a, b, c, args, d, e, kwargs
def g(*, only):
    pass
def h(x: int, *ys: str, z: float = 0.0, **kw: bytes) -> list:
    pass
async def co(p):
    await p
@decorator
@other.decorator(arg)
def decorated(default=fallback, *, kw=kwfallback):
    pass
