# Raising and handling: matching, finally, re-raise, exception attributes and messages.
def check(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)


check(lambda: [1, 2][5])
check(lambda: {"a": 1}["b"])
check(lambda: int("x"))
check(lambda: 1 + "a")
check(lambda: "a" * "b")
check(lambda: None.foo)
check(lambda: (1).bar)
check(lambda: len(5))
check(lambda: 5())
check(lambda: [][0])
check(lambda: {}.pop("k"))
check(lambda: float("nan?"))
check(lambda: 2 ** 10000 * 1.0)
check(lambda: 10 % 0)
check(lambda: 1.0 / 0)
check(lambda: divmod(1, 0))
check(lambda: "abc".index("z"))
check(lambda: [1, 2].remove(3))
check(lambda: undefined)
check(lambda: ().count())
check(lambda: (lambda a, b: 0)(1))
check(lambda: (lambda a: 0)(1, 2))
check(lambda: (lambda: 0)(x=1))
check(lambda: (lambda *, k: 0)())
check(lambda: hash([]))
check(lambda: {[]: 1})
check(lambda: sorted([1, "a"]))
check(lambda: max([]))
check(lambda: next(iter([])))
check(lambda: int(None))
check(lambda: chr(-1))


def finally_order():
    try:
        print("try")
        return "returned"
    finally:
        print("finally")


print(finally_order())


def reraise():
    try:
        raise KeyError("k")
    except KeyError:
        print("handling")
        raise


try:
    reraise()
except KeyError as e:
    print("reraised", repr(e))
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args, str(e) == "")
e = None
try:
    raise TypeError("a", 1)
except TypeError as err:
    e = err
print(e.args, repr(e))
try:
    try:
        raise OSError("inner")
    finally:
        print("cleanup")
except OSError as err:
    print("outer caught", err)
while True:
    try:
        break
    finally:
        print("finally on break")
for i in range(3):
    try:
        if i == 1:
            continue
        print("body", i)
    finally:
        print("after", i)
assert True, "not raised"
try:
    assert 1 == 2, "math is broken"
except AssertionError as err:
    print("assert:", err)
