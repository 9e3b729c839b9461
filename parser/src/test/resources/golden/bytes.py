b"bytes"
B'\x00\xff\n'
br"raw\x"
Rb'raw'
b"a" b"b"
b"\777"
b"\d"
b'"'
b"'"
b"'\""
