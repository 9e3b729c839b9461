# str methods, indexing, slicing, formatting.
s = "Hello, World"
print(s[0], s[-1], s[3:8], s[::2], s[::-1], len(s), s * 2)
print(s.lower(), s.upper(), s.find("o"), s.rfind("o"), s.index("W"), s.count("l"))
print(s.split(", "), s.split("l", 1), s.rsplit("l", 1), "a b  c".split(), "".split(), "a,b".split(","))
print(s.replace("l", "L"), s.replace("l", "L", 2), s.startswith("Hell"), s.endswith(("x", "ld")))
print("  x  ".strip(), "xxyxx".strip("x"), "  x".lstrip(), "x  ".rstrip(), "-".join("abc"))
print("abc".isalpha(), "123".isdigit(), "  ".isspace(), "Abc".isupper(), "abc".islower(), "a1".isalnum())
print("hello".capitalize(), "hi".center(6, "*"), "hi".ljust(5) + "|", "hi".rjust(5), "42".zfill(5), "-42".zfill(5))
print("ünïcödé", len("ünïcödé"), "日本語"[1], "🐍x"[0], len("🐍x"))
print(f"{'a'!r:>5}|{12:<4}|{3.5:^9}|{-7:+d}|{1e-7}|{1e16}|{123456.789:,.1f}")
print(f"{255:x} {255:X} {255:o} {255:b} {65:c} {0.125:.2%} {1/3:.3} {2.0:g} {1234567:_}")
print(format(3.14159, ".3f"), format(42, "*^9"), format("s", ">3"), format(1e100, ".2e"), format(-0.0, "z.1f"))
name, n = "pyvm", 3
print(f"{name} has {n} letters? {len(name) == n}", f"{name=}", f"{n * 2 = }")
print("a" < "b" < "c", "abc" in "xabcx", "ab" + "cd", str(3.0), str(10 ** 20), repr("a'b"))
for ch in "hé🐍":
    print(ch, ord(ch))
print(list("abc"), tuple("ab"), sorted("hello"), "x".join(["1", "2", "3"]))
