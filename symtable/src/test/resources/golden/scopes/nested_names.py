def top():
    x = 1
def f():
    def top():
        return x
    x = 2
    return top
