def first[T](xs: list[T]) -> T:
    return xs[0]
def pair[K: str, V = int](k: K, v: V = 0, *, w: int = 1) -> tuple[K, V]:
    return (k, v)
class Box[T: (int, str), *Ts, **P](object, metaclass=type):
    def get(self) -> T:
        return self.item
type Alias = list[int]
type Pair[A] = tuple[A, A]
print(first([1]), pair('a'), Box.__type_params__, Alias.__value__, Pair.__type_params__)
