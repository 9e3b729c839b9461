import math

print(math.sqrt(16), math.sqrt(2), math.pi, math.e, math.floor(-2.5), math.ceil(2.1), math.trunc(-2.7))
print(math.factorial(20), math.gcd(12, 18, 27), math.lcm(4, 6), math.isqrt(99), math.comb(10, 3), math.perm(5, 2))
print(math.log(math.e), math.log(8, 2), math.log2(1024), math.log10(1000), math.exp(0), math.pow(2, 10))
print(math.fabs(-3), math.hypot(3, 4), math.isclose(0.1 + 0.2, 0.3), math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.isinf(math.inf), math.isnan(math.nan), math.copysign(1, -0.0), math.modf(3.75), math.frexp(8.0))
print(math.degrees(math.pi), math.radians(180), math.prod([1, 2, 3, 4]), math.log(2 ** 1000))
for bad in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.factorial(-1), lambda: math.exp(1000)]:
    try:
        bad()
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
text = "Line one\nLine two\r\nthird line"
print(text.splitlines(), text.splitlines(True), "a=b=c".partition("="), "a=b=c".rpartition("="))
print("hello world".title(), "Hello".swapcase(), "Straße".casefold(), "x.txt".removesuffix(".txt"), "abcb".rindex("b"))
print("a\tbc\td".expandtabs(4), "_id1".isidentifier(), "1x".isidentifier(), "Title Case".istitle(), "½".isnumeric())
data = "héllo".encode()
print(data, data.decode(), "héllo".encode("latin-1"), bytes([104, 105]), bytes("hi", "ascii"), b"ab".hex(), bytes(3))
print(b"a,b,,c".split(b","), b"  x  ".strip(), b"-".join([b"a", b"b"]), b"abc".upper(), b"abcabc".count(b"bc"))
for thunk in [lambda: "é".encode("ascii"), lambda: b"\xff".decode(), lambda: b"\xe9abc".decode("utf-8"), lambda: bytes("x")]:
    try:
        thunk()
    except (UnicodeError, TypeError) as e:
        print(type(e).__name__, e)
print("é".encode("ascii", "replace"), b"\xff".decode("utf-8", "replace"), "é".encode("ascii", "backslashreplace"))
