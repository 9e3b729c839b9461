double = lambda x: x * 2
add = lambda a, b=1: a + b
print(double(4), add(1), add(1, 2))
