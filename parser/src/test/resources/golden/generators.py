def f():
    yield
    yield 1
    yield 1, 2
    yield from x
    x = yield
    x = yield 1
    f((yield))
    y = [(yield x) for x in ()]
    await_ = (yield)
    yield *a, b
