async def f(y, z):
    a = [x async for x in y]
    b = {x: 1 async for x in y if x}
    c = (x async for x in y)
    d = [await x for x in z]
    e = [x for x in z async for w in y]
    g = (await x for x in z)
    return a, b, c, d, e, g
async def f3(z, y):
    a = [[w async for w in x] for x in z]
    b = ([w async for w in x] for x in z)
    c = {k: v async for k, v in y if await k async for q in v if q}
    d = [await w for x in z async for w in x]
    e = {x async for x in y}
    return [i for i in [await j async for j in y]]
def g(z):
    return ([w async for w in x] for x in z)
class K:
    async def m(self, q):
        return [x async for x in q], [self for _ in q]
