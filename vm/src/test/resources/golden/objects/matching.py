# match statements, and annotations at module level.
count: int = 0
label: str


class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y


def describe(value):
    match value:
        case 0 | 1:
            return "bit"
        case int(n) if n < 0:
            return f"negative {n}"
        case int() | float():
            return "number"
        case "quit" | "exit":
            return "command"
        case str(s):
            return f"text {s!r}"
        case [] | ():
            return "empty sequence"
        case [x]:
            return f"one item {x}"
        case [first, *rest]:
            return f"starts with {first}, {len(rest)} more"
        case {"type": "user", "name": name}:
            return f"user {name}"
        case {"type": kind, **others}:
            return f"{kind} with {sorted(others)}"
        case Point(x=0, y=0):
            return "origin"
        case Point(x, 0):
            return f"on the x axis at {x}"
        case Point(x=px, y=py):
            return f"point {px},{py}"
        case None:
            return "nothing"
        case _:
            return "something else"


for v in [0, 1, -5, 7, 2.5, "quit", "hi", [], (), [9], [1, 2, 3], {"type": "user", "name": "ann"},
          {"type": "bot", "id": 1, "x": 2}, Point(0, 0), Point(3, 0), Point(1, 2), None, {1, 2}]:
    print(describe(v))
print(__annotations__, count)
