# f-strings: FORMAT_SIMPLE, FORMAT_WITH_SPEC, CONVERT_VALUE, BUILD_STRING.
name, width = "x", 10
s = f"{name}"
t = f"{name!s} {name!r} {name!a} {width:>{width}} {3.14:.2f} {name=}"
