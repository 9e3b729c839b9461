import asyncio

def chain(*its):
    for it in its:
        yield from it

async def tick(n):
    await asyncio.sleep(0)
    return n

class Ticker:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n
    async def __aenter__(self):
        return self
    async def __aexit__(self, *exc):
        return False

async def main():
    total = await tick(1)
    async for i in Ticker(3):
        total += i
    async with Ticker(0) as t:
        total += t.n
    return total

print(list(chain([1], (2, 3))), asyncio.run(main()))
