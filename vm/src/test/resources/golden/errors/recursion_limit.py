import sys
sys.setrecursionlimit(60)


def walk(node):
    return walk([node])


walk(0)
