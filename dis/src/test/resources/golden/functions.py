# Closures, defaults, annotations and the superinstructions over fast locals.
def outer(a, b=1, *args, c, d=2, **kwargs) -> int:
    x = a
    y, z = b, c

    def inner(p: int = 3):
        nonlocal x
        x = p + y
        return x

    lam = lambda q: q + z
    a, b = b, a
    return inner, lam


def gen(n):
    yield n
    yield from range(n)


async def coro(it):
    async with it as v:
        await v
    async for w in it:
        pass
    return [u async for u in it]
