t = (1, 2, 3)
u = 1, 'a'
l = [1, 2, 3]
m = [x, y] = [4, 5]
e = []
f = ()
g = [t, u, *l]
h = (*l, 1)
print(t, u, l, m, e, f, g, h, x, y)
