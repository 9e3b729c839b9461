x = "été"; __debug__ = x
