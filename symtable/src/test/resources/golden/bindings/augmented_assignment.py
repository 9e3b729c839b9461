total = 0
total += 1
counter.value -= 1
table[key] *= 2
def f():
    n += 1
