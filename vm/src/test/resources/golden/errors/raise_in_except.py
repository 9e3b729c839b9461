def load(key):
    table = {"a": 1}
    try:
        return table[key]
    except KeyError:
        raise LookupError(f"no entry for {key!r}") from None


print(load("a"))
print(load("b"))
