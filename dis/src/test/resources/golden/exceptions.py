# The exception table: try/except/else/finally, with, except*, raise.
def f(path):
    try:
        fh = open(path)
    except (OSError, ValueError) as e:
        raise RuntimeError("cannot") from e
    except Exception:
        raise
    else:
        with fh:
            return fh.read()
    finally:
        print("done")


def g():
    try:
        pass
    except* TypeError as group:
        print(group)
