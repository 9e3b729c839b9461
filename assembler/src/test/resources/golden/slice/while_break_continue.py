n = 0
while n < 100:
    n = n + 1
    if n % 2 == 0:
        continue
    if n > 15:
        break
    print(n)
else:
    print('no break')
print('done', n)
