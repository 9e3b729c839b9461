x = 1
__debug__ = x
