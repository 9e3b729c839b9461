def report(*args, sep=", ", **options):
    parts = [str(a) for a in args]
    extra = " ".join(f"{k}={v}" for k, v in sorted(options.items()))
    return sep.join(parts) + (" | " + extra if extra else "")


print(report(1, 2, 3))
print(report("a", "b", sep="-", color="red", size=3))
print(report(*range(3), **{"mode": "x"}))


def kwonly(a, b=2, *, c, d=4):
    return (a, b, c, d)


print(kwonly(1, c=3), kwonly(1, 5, c=6, d=7))


def posonly(a, b, /, c):
    return a + b + c


print(posonly(1, 2, 3), posonly(1, 2, c=3))


def make_multipliers():
    return [lambda x, i=i: x * i for i in range(4)]


print([m(10) for m in make_multipliers()])


def outer():
    x = "outer"

    def middle():
        def inner():
            return x + "!"
        return inner()
    return middle()


print(outer())
add = lambda a, b=10: a + b
print(add(1), add(1, 2), (lambda: "no args")(), sorted([3, -1, 2], key=abs))
data = [("b", 2), ("a", 2), ("c", 1)]
print(sorted(data, key=lambda t: t[1]), sorted(data), sorted(data, key=lambda t: (t[1], t[0]), reverse=True))
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(row) for row in zip(*matrix)], [[r[i] for r in matrix] for i in range(3)])
a, *middle, z = range(6)
(p, q), r = (1, 2), 3
print(a, middle, z, p, q, r)
x = [0, 1, 2, 3, 4, 5]
x[1:3] = []
x[::2] = ["e", "e"]
del x[-1]
print(x)
