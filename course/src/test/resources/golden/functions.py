def add(a, b):
    return a + b


def power(base, exponent):
    result = 1
    while exponent > 0:
        result = result * base
        exponent = exponent - 1
    return result


def greet(name):
    print("hello,", name)


print(add(2, 3), power(3, 4))
greet("world")
print(greet("again"))
print(add("con", "cat"))
