counter = 0

def bump():
    global counter
    counter = counter + 1
    return counter

def read():
    return counter * 2

bump()
bump()
print(counter, read())
