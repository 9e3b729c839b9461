def outer(a):
    b = 1
    def middle():
        c = a
        def inner():
            return a + b + c
        return inner
    return middle
def shadow():
    x = 1
    def f(x):
        return x
    return f
