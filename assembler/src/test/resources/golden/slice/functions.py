def add(a, b):
    return a + b

def greet(name):
    print('hello', name)

def nothing():
    pass

def const():
    return 42

print(add(1, 2))
greet('world')
print(nothing(), const())
