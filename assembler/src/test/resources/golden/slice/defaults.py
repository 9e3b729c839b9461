def f(a, b=10):
    return a * b
def g(x=1, y='two'):
    return x, y
print(f(2), f(2, 3), g())
