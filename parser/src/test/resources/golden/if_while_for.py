if a:
    pass
if a:
    pass
else:
    pass
if a:
    pass
elif b:
    pass
elif c:
    pass
else:
    pass
if (x := 1): pass
while a:
    pass
while a:
    pass
else:
    pass
for x in y:
    pass
for x, y in z:
    pass
for (x, y) in z:
    pass
for x in y, z:
    pass
for x in *a, *b:
    pass
for x.y in z:
    pass
for x[0] in z:
    pass
for x in y:
    pass
else:
    pass
if a: pass; pass
