async def f(source):
    a = [x async for x in source]
    b = [await y for y in source]
    c = (z async for z in source)
    return a, b, c
