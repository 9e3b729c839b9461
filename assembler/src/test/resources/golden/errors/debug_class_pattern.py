match 1:
    case int(real=0, __debug__=1):
        pass
