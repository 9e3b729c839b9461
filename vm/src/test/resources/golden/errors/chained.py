def parse(text):
    try:
        return int(text)
    except ValueError:
        return fallback(text)


def fallback(text):
    return {}[text]


parse("x")
