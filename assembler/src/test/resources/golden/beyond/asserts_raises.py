x = 1
assert x
assert x == 1, 'x should be one'
def check(v):
    if v < 0:
        raise ValueError('negative')
    if v > 100:
        raise ValueError('too big') from None
    return v
print(check(5))
