*a, = b
a = *b,
print(*a)
[*a, *b]
{*a, *b}
f(*a, *b)
for *a, b in c: pass
x = *a, *b
