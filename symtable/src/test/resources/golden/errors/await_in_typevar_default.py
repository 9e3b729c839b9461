async def g():
    def f[T = await x]():
        pass
