def risky(n):
    if n == 0:
        raise ValueError("zero")
    return 10 / n


for n in [2, 0, 5]:
    try:
        print(risky(n))
    except ValueError as e:
        print("caught", repr(e), e.args)
    finally:
        print("finally", n)
try:
    [][1]
except (KeyError, IndexError) as e:
    print(type(e).__name__, e)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise KeyError("inner")
except KeyError as e:
    print("context", type(e.__context__).__name__)
try:
    raise RuntimeError("outer") from OSError("cause")
except RuntimeError as e:
    print("cause", repr(e.__cause__), e.__suppress_context__)
raise ValueError("last") from KeyError("first")
