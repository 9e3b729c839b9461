dict(x=34, (x for x in range 10), 1); x $ y
