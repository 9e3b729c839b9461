total = (1 +
         2 +
         3)
def f(a,
      b):
    return (a
            * b)
print(f(total,
        2))
