class C: pass
class C(): pass
class C(B): pass
class C(B1, B2): pass
class C(metaclass=M): pass
class C(B, metaclass=M, **kw): pass
class C(*bases): pass
class C:
    x = 1
    def m(self):
        return self.x
class C[T]: pass
class C[T](B[T]): pass
