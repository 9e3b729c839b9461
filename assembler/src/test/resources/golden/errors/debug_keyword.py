print(sep="", __debug__=2)
