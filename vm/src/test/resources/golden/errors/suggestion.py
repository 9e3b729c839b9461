counter = 3
print(countr)
