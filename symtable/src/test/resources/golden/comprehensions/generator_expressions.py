gen = (x for x in range(3))
def f(items):
    return sum(i for i in items), list(j * j for j in items if j)
