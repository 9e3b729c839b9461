x: int = 1
y: list
class C:
    a: int
    b: str = 'b'
    def f(self, p: int, *args: str, k: float = 1.0, **kw: bool) -> None:
        local: int = 2
        self.attr: int = local
def g(a: 'A', b: 'B' = None) -> 'R':
    pass
print(__annotations__, C.__annotations__, g.__annotations__)
