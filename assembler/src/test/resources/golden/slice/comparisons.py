a = 1
b = 2
print(a < b, a <= b, a == b, a != b, a > b, a >= b)
print(a < b < 3, 1 < a <= b, a == b == 2)
r = a is b
s = a is not b
print(r, s)
