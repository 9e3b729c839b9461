# Every kind of constant, as LOAD_CONST shows its repr.
a = None, True, False, ...
b = 0, -1, 255, 256, 2**31 - 1, 2**31, 2**63, -2**100, 10**40
c = 0.0, -0.0, 1.5, 1e16, 1e-5, 5e-324, 1.7976931348623157e308, float("inf")
d = 1j, 2 + 3j, -0.5j, 1e300j
e = b"", b"bytes", b"quote's", b'"both\'', b"\x00\xff\n\t\\"
f = "", "str", "it's", 'say "hi"', "tab\tnewline\n", "\x7f\x80", "é", "\u2028", "😀", "\ud800"
g = (1, (2, (3,))), ()
h = x in {1, 2, 3}
i = "a" * 5000
