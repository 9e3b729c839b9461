# Jumps and labels: conditionals, loops, break and continue, comparisons.
def f(xs, limit):
    total = 0
    for x in xs:
        if x is None:
            continue
        if x > limit or x < -limit:
            break
        while total < 100 and not x:
            total += 1
        total = total + x if x >= 0 else total - x
    else:
        total = -1
    return total == 0, total != 1, total <= 2, x in xs, x not in xs, x is not None


assert f([], 1), "message"
