def f(z, w):
    return [x for y in z if (j := y) for j in w]
