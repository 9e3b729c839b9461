def outer(items):
    return inner(items, 5)


def inner(items, i):
    return items[i]


print(outer([1, 2, 3]))
