# printf-style % formatting and str.format.
print("%d items" % 3, "%s and %r" % ("a", "b"), "%5.2f|%-5d|%05d|%+d|% d" % (3.14159, 42, 7, 5, 5))
print("%x|%#X|%o|%#o|%e|%g|%c|%%|%i|%u" % (255, 255, 8, 8, 12345.678, 0.0001, 65, 7, 8))
print("%(a)s-%(b)d" % {"a": "x", "b": 2}, "%*d|%-*s|%.*f" % (5, 1, 4, "ab", 2, 3.14159), "%.3s" % "abcdef")
print("%d" % 3.7, "%s" % [1, 2], "%s" % (1,), "%r" % "q", "%10.4f" % -2.5, "%-8s|" % "left", "%08.3f" % 3.14159)
name, count = "pyvm", 12
print("{} has {} files".format(name, count), "{0} {1} {0}".format("a", "b"), "{n}={v:>5}".format(n="x", v=3))
print("{0[1]} {1.real} {2!r} {3!s:^7}|".format([1, 2], 3, "q", 4.5), "{:{w}.{p}f}".format(3.14159, w=8, p=2))
print("{{literal}} {}".format(5), "{:,}".format(1234567), "{:>10}".format("right"), "{:*^11}".format("mid"))
print("{:.2%} {:e} {:08.3f} {:+d} {:x} {:o} {:b}".format(0.256, 12345.678, -3.14159, 7, 255, 8, 5))
for fmt, value in [("%d", "x"), ("%d %d", (1,)), ("%d", (1, 2)), ("%z", 1), ("%(a)s", 1), ("%c", "ab")]:
    try:
        print(fmt % value)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for fmt, a in [("{} {1}", (1, 2)), ("{2}", (1,)), ("{x}", ()), ("{", ()), ("}", ()), ("{!z}", (1,)), ("{:d}", ("a",))]:
    try:
        print(fmt.format(*a))
    except (ValueError, IndexError, KeyError) as e:
        print(type(e).__name__, e)
