# Code objects: argument counts, cells and free variables, generators, exception tables.
def f(a, b, /, c, *args, d, e=1, **kwargs):
    def g():
        return a + d

    try:
        return g()
    except (KeyError, IndexError) as err:
        return err
    finally:
        del b


class C:
    def m(self):
        return __class__, [x for x in range(3)], (y for y in "ab")


async def h():
    async with f as v:
        return v
