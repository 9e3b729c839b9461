"""A helper module the other snippets import."""
print("helper loading as", __name__)
VALUE = 42


def twice(x):
    return 2 * x


def broken(n):
    return n / 0
