# Every type code CPython writes for a constant: ints of both sizes, floats, complex numbers, bytes,
# ASCII and non-ASCII strings, short and long, interned or not, small and large tuples, frozensets.
small_ints = (0, 1, -5, 256, 257, -6, 2**31 - 1, -2**31)
big_ints = (2**31, -2**31 - 1, 2**63, 2**64 + 1, -10**50)
floats = (0.0, -0.0, 0.1, 1e308, 5e-324, float("inf"))
complexes = (1j, 2.5 - 1j, -0.0j)
byte_strings = (b"", b"x", b"two", bytes(300))
strings = ("", "a", "name_like", "not a name", "é", "naïve text", "\ud800 lone", "😀", "x" * 300, "é" * 300)
big_tuple = tuple(range(300))
nested = ((1, 2), ((3,), ()), "name_like")
membership = "a" in {"a", "b", "c"}, 1 in {1, 2.5, "x", (1, 2)}
