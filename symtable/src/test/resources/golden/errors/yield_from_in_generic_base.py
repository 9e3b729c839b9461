class C[T]((yield from x)):
    pass
