def first[T](items: list[T]) -> T:
    return items[0]
def bounded[T: int, U: (str, bytes)](a: T, b: U) -> T:
    pass
def variadic[*Ts, **P](*args: *Ts, **kwargs: P.kwargs):
    pass
def defaults[T = int, *Ts = tuple[int], **P = [int]](x=1, *, y=2):
    pass
async def agen[T](x: T):
    yield x
