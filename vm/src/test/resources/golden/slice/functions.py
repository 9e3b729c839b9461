# def, return, defaults, keywords, *args, **kwargs, recursion and closures.
def add(a, b):
    return a + b


def greet(name, greeting="hello", punctuation="!"):
    return greeting + ", " + name + punctuation


def power(base, exponent=2):
    result = 1
    while exponent > 0:
        result = result * base
        exponent = exponent - 1
    return result


def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)


def collect(*args, **kwargs):
    return args, kwargs


def counter():
    count = 0

    def bump():
        nonlocal count
        count += 1
        return count
    return bump


def nothing():
    pass


print(add(2, 3), add("con", "cat"), add([1], [2]))
print(greet("world"), greet("you", "hi"), greet("x", punctuation="?"), greet(greeting="yo", name="me"))
print(power(3), power(2, 10), power(base=5, exponent=3))
print(fact(20), fact(30))
print(collect(1, 2, x=3), collect(), collect(*[1, 2], **{"k": "v"}))
c = counter()
c()
c()
print(c(), nothing())
print(add.__name__, fact(5) == 120)
