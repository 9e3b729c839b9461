type X = int
type X[T] = list[T]
type X[T: int, *Ts, **P] = Callable[P, tuple[T, *Ts]]
type X[T = str] = T
type = 1
type.x = 2
type(x)
