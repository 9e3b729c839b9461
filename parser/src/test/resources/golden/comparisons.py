a < b
a < b < c
a == b != c
a <= b >= c > d
a is b
a is not b
a in b
a not in b
not a in b
