a + b - c
a * b / c // d % e @ f
a ** b ** c
-a ** -b
~a + +b
a << b >> c
a & b | c ^ d
not a
a and b and c
a or b or c
a and b or c and d
(a + b) * c
a if b else c
a if b else c if d else e
await_ = 1
