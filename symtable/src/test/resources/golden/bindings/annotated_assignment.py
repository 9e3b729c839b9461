x: int
y: list[str] = []
(z): int = 1
obj.attr: int = 2
seq[0]: int
class C:
    a: int
    b: "str" = "b"
def f():
    local: int
    assigned: int = 1
    (paren): float
