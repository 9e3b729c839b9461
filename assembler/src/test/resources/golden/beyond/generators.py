def count(n):
    i = 0
    while i < n:
        yield i
        i += 1

def pairs():
    yield 1, 2
    yield

total = 0
for v in count(5):
    total += v
print(total, list(pairs()))
