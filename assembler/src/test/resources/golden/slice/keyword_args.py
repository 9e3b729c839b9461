print('a', 'b', sep='-')
print('x', end='!\n')
def f(a, b=2, c=3):
    return a + b + c
print(f(1), f(1, c=10), f(a=5, b=6))
