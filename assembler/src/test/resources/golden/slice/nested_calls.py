def square(x):
    return x * x

def compose(a, b):
    return square(a) + square(b)

print(compose(square(2), 3))
print(max(1, 2), min(3, 4), abs(-5))
