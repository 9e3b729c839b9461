def classify(n):
    result = 0
    i = 0
    while i < n:
        if i % 3 == 0:
            if i % 5 == 0:
                result = result + 15
            else:
                result = result + 3
        elif i % 5 == 0:
            result = result + 5
        else:
            while result > 100:
                result = result - 100
        i = i + 1
    return result
print(classify(50))
