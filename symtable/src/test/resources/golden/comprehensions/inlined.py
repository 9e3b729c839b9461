squares = [n * n for n in range(10)]
evens = {n for n in numbers if n % 2 == 0}
index = {k: v for k, v in pairs}
def f(data):
    return [x + offset for x in data if x], {y for y in data}
