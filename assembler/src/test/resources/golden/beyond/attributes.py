import math
print(math.pi, math.floor(2.5))
def f(o):
    o.x = 1
    o.y += 2
    del o.x
    return o.y
