# if/elif/else, while, for, break, continue and else clauses.
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
for i in range(5):
    if i == 3:
        continue
    print("i", i)
for i in range(10):
    if i * i > 20:
        print("break at", i)
        break
else:
    print("not reached")
for i in range(2):
    pass
else:
    print("for else runs")
k = 0
while True:
    k += 1
    if k > 3:
        break
print("k", k)
for x in [3, 1, 2]:
    for y in "ab":
        print(x, y, end="; ")
print()
if []:
    print("empty list is true")
elif 0.0:
    print("zero is true")
else:
    print("both are false")
