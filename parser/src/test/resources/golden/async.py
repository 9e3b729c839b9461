async def f():
    await x
    await f(x)
    await x.y
    async for x in y:
        pass
    async for x in y:
        pass
    else:
        pass
    async with a as b:
        pass
    async with a, b:
        pass
    async with (a as b, c):
        pass
    [x async for x in y]
    [await x for x in y]
    return await x
async def g():
    yield 1
    x = await y ** 2
