import os
xs = [1, 2, 3, 4]
squares = [x * x for x in xs]
evens = {x for x in xs if x % 2 == 0}
table = {x: str(x) for x in xs}
pairs = [(a, b) for a in xs for b in xs if a < b]
gen = sum(x for x in xs)
names = [os.path.join(d, f) for d in 'ab' for f in [d]]
def f(items):
    total = [i + 1 for i in items]
    return [t for t in total if t > 2], (k for k in items)
class C:
    data = [1, 2]
    doubled = [d * 2 for d in data]
print(squares, evens, table, pairs, gen, names, f(xs), C.doubled, list(f(xs)[1]))
