type Alias = int
type ListOf[T] = list[T]
type Recursive = list[Recursive] | int
type WithBound[T: (int, str), *Ts, **P] = tuple[T, *Ts]
def f():
    type Local = Alias
    return Local
