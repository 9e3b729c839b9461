count = 0
while True:
    count = count + 1
    if count >= 5:
        break
print(count)
