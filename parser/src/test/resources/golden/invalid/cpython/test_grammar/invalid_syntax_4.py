def f():
    global x: int
