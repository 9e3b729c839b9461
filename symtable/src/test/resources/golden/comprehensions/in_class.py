class C:
    z = 1
    items = [z for _ in range(3)]
    more = [y for y in items]
    gen = (w for w in items)
    sup = [super() for q in items]
    cls = [__class__ for q in items]
