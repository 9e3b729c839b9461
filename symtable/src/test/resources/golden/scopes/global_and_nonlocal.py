counter = 0
def bump():
    global counter
    counter += 1
def outer():
    x = 1
    def inner():
        nonlocal x
        x += 1
    return inner
def declare_only():
    global never_assigned
def reads_global():
    return counter
global at_module
at_module = 1
