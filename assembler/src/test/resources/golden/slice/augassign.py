x = 1
x += 2
x -= 1
x *= 10
x //= 3
x %= 4
x **= 3
print(x)
def f(n):
    total = 0
    i = 0
    while i < n:
        total += i
        i += 1
    return total
print(f(10))
