# Generators: yield, send, throw, close, yield from, generator expressions; with statements.
def countdown(n):
    while n > 0:
        yield n
        n -= 1
    return "liftoff"


print(list(countdown(3)), sum(countdown(4)), [x for x in countdown(2)])
g = countdown(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("stopped with", e.value)
print(next(g, "exhausted"))


def echo():
    received = []
    try:
        while True:
            x = yield len(received)
            received.append(x)
    except GeneratorExit:
        print("closing after", received)
        raise


e = echo()
print(next(e), e.send("a"), e.send("b"))
e.close()
print(e.gi_frame is None)


def guarded():
    try:
        yield 1
        yield 2
    except ValueError as err:
        print("inside:", err)
        yield "recovered"
    finally:
        print("guarded finally")


gg = guarded()
print(next(gg), gg.throw(ValueError("boom")))
gg.close()


def inner():
    got = yield "first"
    print("inner got", got)
    yield "second"
    return "inner result"


def outer():
    result = yield from inner()
    print("delegated:", result)
    yield from range(2)


o = outer()
print(next(o), o.send("payload"), list(o))


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


f = fib()
print([next(f) for _ in range(10)])
print(sum(x * x for x in range(10)), max(len(w) for w in ["a", "abc", "ab"]), list(c.upper() for c in "hey"))
print(tuple(zip(countdown(3), "abc")), dict((k, k * 2) for k in range(3)), any(x > 5 for x in range(10)))
squares = (n * n for n in range(4))
print(type(squares).__name__, list(squares), list(squares))


def bad():
    yield 1
    raise StopIteration("inner stop")


try:
    list(bad())
except RuntimeError as err:
    print(type(err).__name__, err, type(err.__cause__).__name__)


class Managed:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow

    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()

    def __exit__(self, kind, value, tb):
        print("exit", self.name, kind.__name__ if kind else None, value)
        return self.swallow


with Managed("a") as v:
    print("body", v)
with Managed("b", swallow=True):
    raise KeyError("swallowed")
try:
    with Managed("c"), Managed("d") as d:
        print("inner body", d)
        raise ValueError("escapes")
except ValueError as err:
    print("caught", err)


def early():
    with Managed("e"):
        return "returned from with"


print(early())
