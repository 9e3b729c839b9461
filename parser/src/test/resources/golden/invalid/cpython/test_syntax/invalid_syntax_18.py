class C(x for x in L):
    pass
