async def f[T]:
