1if x else 2
0x1for
1e 1.e 0b1and 0o7or 1.5j2 0777
