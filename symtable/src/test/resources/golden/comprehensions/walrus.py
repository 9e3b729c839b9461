if (n := len(data)) > 10:
    pass
total = [last := x for x in data]
def f(data):
    if any((hit := x) > 0 for x in data):
        return hit
    return [[(inner := y) for y in row] for row in data], inner
def g(data):
    global found
    return [found := x for x in data]
def h(data):
    value = None
    def k():
        nonlocal value
        return [value := x for x in data]
    return k
