for i in range(3):
    pass
else:
    done = True
for k, (v, *rest) in items:
    pass
async def f():
    async for a in aiter():
        b = a
    else:
        c = None
