(x := 1)
if x := 1: pass
while (line := f()): pass
[y := 1, y ** 2]
f(x := 1)
f(a, x := 1)
x = (y := 2)
{(x := 1): 2}
a[x := 1]
print(f"{(x:=10)}")
