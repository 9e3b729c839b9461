x = 1
x = y = z = 2
x, y = 1, 2
(x, y) = [1, 2]
[x, y] = 1, 2
x, = 1,
a.b = 1
a[0] = 1
a.b.c[d].e = 1
*a, b = c
a, *b, c = d
(a), b = c
((a, b), c) = d
x = yield
x = yield from y
x = *a, *b
a[1:2] = b
[a[0], b.c] = d
