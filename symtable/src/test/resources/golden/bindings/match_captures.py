match command:
    case [x, y, *rest]:
        pass
    case {"key": value, **others}:
        pass
    case Point(x=px, y=0) | Point(px, py):
        pass
    case (1 | 2) as number:
        pass
    case Color.RED:
        pass
    case str() | None:
        pass
    case [*_]:
        pass
    case _ if guard(command):
        pass
def f(subject):
    match subject:
        case [first, *_] as whole:
            return first, whole
