x = 1
y = "two"
z = x + 2 * 3 - 4 / 5 // 6 % 7 ** 8
if x < y <= z:
    print(x)
elif x == 1 and not y or z != 2:
    print(y)
else:
    print(z)
while x > 0:
    x = x - 1
def add(a, b):
    return a + b
print(add(1, 2))
