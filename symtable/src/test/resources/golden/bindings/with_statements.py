with open(p) as f, lock:
    pass
with ctx() as (a, b), other() as c.attr:
    pass
async def g():
    async with session() as s:
        pass
