x = ("a"
     "b"
     "c")
y = ("a" f"{b}"
     "c" f"{d}" "e")
z = (b"a"
     b"b")
