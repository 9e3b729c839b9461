x = 1
if x:
    y = 2

# c
z = (1,
 2)
