x: int
x: int = 1
(x): int = 1
a.b: int
a[0]: int = 2
x: list[int] = []
x: int = yield
x: tuple = 1, 2
