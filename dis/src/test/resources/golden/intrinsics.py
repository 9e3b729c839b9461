# CALL_INTRINSIC_1 and _2, and the operators of BINARY_OP in their in-place forms.
from math import *

type Alias[T] = list[T]


def generic[T: int, *Ts, **P](x: T) -> T:
    return +x


class Box[T = int]:
    pass


def star(*a):
    return (*a, 1)


async def agen():
    yield 1


x = 1
x += 1; x -= 1; x *= 1; x /= 1; x //= 1; x %= 1; x **= 1; x <<= 1; x >>= 1; x &= 1; x |= 1; x ^= 1; x @= x
y = x + x - x * x / x // x % x ** x << x >> x & x | x ^ x @ x
