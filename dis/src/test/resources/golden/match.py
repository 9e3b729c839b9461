# Structural pattern matching: MATCH_CLASS, MATCH_MAPPING, MATCH_SEQUENCE, MATCH_KEYS.
def f(p):
    match p:
        case {"x": x, **rest}:
            return x, rest
        case [1, 2, *others]:
            return others
        case complex(real=0, imag=i):
            return i
        case str() | bytes():
            return "text"
        case _:
            return None
