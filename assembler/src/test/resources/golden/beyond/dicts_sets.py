d = {'a': 1, 'b': 2}
e = {}
k = 'key'
f = {k: 1, 'other': 2}
g = {**d, 'c': 3}
s = {1, 2}
print(d, e, f, g, s, d['a'])
