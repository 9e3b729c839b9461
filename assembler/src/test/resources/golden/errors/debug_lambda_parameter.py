g = lambda a, **__debug__: a
