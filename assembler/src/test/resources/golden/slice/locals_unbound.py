def f(flag):
    if flag:
        x = 1
    return x

def g(n):
    while n > 0:
        y = n
        n = n - 1
    return y

print(f(True), g(3))
