x = 1  # type: int
a = b = c  # type: ignore
def f(a,  # type: int
      b,  # type: str
      ):
    # type: (...) -> None
    pass
def g():  # type: () -> int
    return 1
for x in y:  # type: int
    pass
with a as b:  # type: int
    pass
import os  # type: ignore[import]
x = 2  #type:ignore
y = 3  # type: ignored
