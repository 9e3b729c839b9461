# Inlined comprehensions (LOAD_FAST_AND_CLEAR, hidden locals) and generator expressions.
def f(xs):
    a = [x * 2 for x in xs if x]
    b = {x: y for x, y in zip(xs, xs)}
    c = {x for x in xs}
    d = (x for x in xs)
    return a, b, c, d


squares = [n * n for n in range(10)]
