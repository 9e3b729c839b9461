async def some[]:  # type: int
