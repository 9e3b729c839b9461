# Arithmetic on ints and floats, with Python's floor division and modulo.
a = 17
b = 5
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** 2)
print(-a // b, -a % b, a // -b, a % -b, -a // -b, -a % -b)
print(7 // 2, -7 // 2, 7 % 3, -7 % 3, 7 % -3)
print(2 ** 64, 2 ** -1, 10 ** 20 // 7, 3 ** 40, (-2) ** 63, 0 ** 0)
print(10 / 4, 1 / 3, 2 / 2, -7 / 2, 10 ** 30 / 10 ** 10)
print(7.5 // 2, 7.5 % 2, -7.5 // 2, -7.5 % 2, 7.5 % -2)
print(1 + 2.5, 3 * 0.1, 2 ** 0.5, 4 ** 0.5, 10 ** -2)
print(-5, +5, -(-5), ~5, ~-1, -2.5, +2.5)
print(5 & 3, 5 | 3, 5 ^ 3, 1 << 70, -1 >> 3, 256 >> 4)
print(True + True, True * 10, False - 1, True & False, True | False)
print(abs(-7), abs(-2.5), abs(3))
big = 123456789012345678901234567890
print(big * big, big // 97, big % 97, -big // 97, big - big * 2)
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5))
print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(1234, -2))
print(pow(2, 10), pow(2, 10, 1000), pow(3, -1, 7))
