from __future__ import annotations
def f(a: int | None, *b: tuple[int, ...], c: 'x' = 1, **d: dict[str, lambda x: x]) -> -1:
    e: list[int] = []
    return e
x: (1, 2) = 1
y: a.b[1:2, ::3] 
z: f'{a!r:>{w}}' 
w: 1e309 + 2j * -3 ** -x if not a else {**b, 'c': [*d]}
class K:
    attr: K | None = None
    def m(self, other: K, *, flag: bool = False) -> list[K]:
        return [self, other]
v: {1: 2} | [a for a in b if a] | (lambda a, /, b=1, *c, d, **e: a) | x[1:] | ~-+1 | (not a) | 1 .real
