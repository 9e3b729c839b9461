def outer():
    def inner():
        raise RuntimeError("deep")
    inner()


try:
    outer()
except RuntimeError:
    raise TypeError("while handling")
