[x for x in y]
[x for x in y if x]
[x for x in y if x if not x]
[x for x in y for z in x]
{x for x in y}
{x: y for x, y in z}
(x for x in y)
[(x, y) for x in a for y in b if x != y]
[x async for x in y]
[[y for y in x] for x in z]
[x for x, in y]
[x for *x, y in z]
[y := f(x) for x in z]
