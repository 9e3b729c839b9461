a = 17
b = 5
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** 2)
print(-a // b, -a % b, a // -b, a % -b)
print(2 ** 64, 2 ** -1, 10 ** 20 // 7)
print(1 < 2, 2 <= 1, 3 == 3, 3 != 3, 4 > 3 >= 3)
print(7 / 2, 1 / 3, 2.5 * 4, 0.1 + 0.2)
x = 3
x = x * x + 1
print(x)
