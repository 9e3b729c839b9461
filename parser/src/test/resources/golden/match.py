match x:
    case 1:
        pass
    case -1:
        pass
    case 1.5 | 2j | -3j:
        pass
    case 1 + 2j:
        pass
    case -1 - 2j:
        pass
    case "s" "t":
        pass
    case b"b":
        pass
    case None:
        pass
    case True | False:
        pass
    case a:
        pass
    case _:
        pass
match x:
    case a.b:
        pass
    case a.b.c:
        pass
    case (a):
        pass
    case (a, b):
        pass
    case [a, b]:
        pass
    case [a, *rest]:
        pass
    case [*_, b]:
        pass
    case ():
        pass
    case []:
        pass
    case a, b:
        pass
    case a, *b:
        pass
    case (1 | 2) as x:
        pass
    case [1, 2] as y if y:
        pass
match x:
    case {}:
        pass
    case {"a": 1}:
        pass
    case {"a": 1, "b": b, **rest}:
        pass
    case {**rest}:
        pass
    case {a.b: c, 1: d, None: e, -1: f}:
        pass
    case C():
        pass
    case C(a):
        pass
    case C(a, b=1):
        pass
    case C(b=1, c=2):
        pass
    case a.C(1, 2,):
        pass
    case C(x=[1, 2], y={"k": v}) | D():
        pass
match x, y:
    case 1, 2:
        pass
match *x, y:
    case _:
        pass
match (x):
    case _:
        pass
match = 1
match.x = 2
match(x)
case = 3
