class Outer:
    type Attr = int
    def method[T](self, x: T) -> T:
        return x
    class Inner[U: Attr]:
        pass
    type Generic[V] = list[V]
    type Comp = [u for u in range(3)]
    def lam[W: (lambda: Attr)](self):
        pass
