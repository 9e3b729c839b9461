a = b = c = 10
print(a, b, c)
def f():
    x = y = 2
    return x + y
print(f())
