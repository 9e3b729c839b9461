class Box[T]:
    value: T
    def get(self) -> T:
        return self.value
class Pair[K, V](Base[K], metaclass=Meta):
    pass
class Private[__T](Generic[__T], __other):
    def m(self, __z):
        return __T, __z
