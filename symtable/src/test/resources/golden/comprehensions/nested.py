matrix = [[i * j for j in range(3)] for i in range(3)]
flat = [x for row in matrix for x in row if x]
def f(grid):
    return [[cell for cell in row] for row in grid]
def g(n):
    return [lambda: i for i in range(n)]
def h(n):
    return [(lambda: i + k) for i in range(n) for k in [i]]
