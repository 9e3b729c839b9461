total = 0
for i in range(10):
    total += i
print(total)
for ch in 'abc':
    if ch == 'b':
        continue
    print(ch)
for n in [1, 2, 3]:
    if n == 2:
        break
else:
    print('no break')
def f(items):
    out = 0
    for k, v in items:
        out += k * v
    return out
print(f([(1, 2), (3, 4)]))
for x in (1, 2):
    for y in (3, 4):
        print(x, y)
