a, b = 1, 2
a, b = b, a
c, d, e = 'xyz'
f, *g = [1, 2, 3]
*h, i = (4, 5, 6)
(j, k), l = (7, 8), 9
def swap(p, q):
    p, q = q, p
    return p, q
print(a, b, c, d, e, f, g, h, i, j, k, l, swap(1, 2))
