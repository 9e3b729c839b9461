a = 1
b = 0
print(a and b, a or b, not a, not b)
if a and not b:
    print('yes')
if a or b and a:
    print('also')
c = a and b or a
print(c)
