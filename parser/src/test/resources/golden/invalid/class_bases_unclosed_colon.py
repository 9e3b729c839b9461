class A(B:):
    pass
