a = 1
b = 'hello'
c = -5
d = 12345678901234567890
e = ''
f = "it's"
print(a, b, c, d, e, f)
