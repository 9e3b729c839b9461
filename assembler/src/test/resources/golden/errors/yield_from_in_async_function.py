async def f():
    [x for x in (yield from g())]
