x = 3
y = 'odd' if x % 2 else 'even'
print(y)
def sign(n):
    return -1 if n < 0 else (1 if n > 0 else 0)
print(sign(-4), sign(0), sign(9))
