# A program of the walking-skeleton slice: functions, recursion, loops, arithmetic and print.
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def collatz_steps(n):
    steps = 0
    while n != 1:
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        steps = steps + 1
    return steps


i = 0
while i < 10:
    print(i, fib(i), collatz_steps(i + 1))
    i = i + 1
print("2 ** 100 =", 2 ** 100)
print(7 // -2, 7 % -2, -7 / 2, 10 / 4)
if fib(10) == 55:
    print("fib(10) is", fib(10))
elif fib(10) > 55:
    print("too big")
else:
    print("too small")
