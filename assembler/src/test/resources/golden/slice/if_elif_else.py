x = 5
if x > 3:
    print('big')
elif x > 1:
    print('medium')
else:
    print('small')
if x == 5:
    y = 1
if x != 5:
    y = 2
else:
    y = 3
print(y)
