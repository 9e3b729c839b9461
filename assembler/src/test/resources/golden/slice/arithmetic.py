x = 7
y = 3
print(x + y, x - y, x * y, x / y, x // y, x % y, x ** y)
print(-x, x - -y, (x + y) * (x - y))
z = x * 2 + y * 3 - 1
print(z)
