n = 0
total = 0
while n < 20:
    if n % 3 == 0:
        total = total + n
    elif n % 3 == 1:
        total = total - 1
    else:
        total = total * 1
    n = n + 1
print(total)
if total > 100:
    print("big")
else:
    print("small")
