def outer(x):
    def inner(y):
        return x + y
    return inner

add5 = outer(5)
print(add5(10))

def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc

c = counter()
c()
print(c())
