from dataclasses import dataclass

@dataclass
class Point:
    x: int
    y: int

def describe(v):
    match v:
        case 0 | 1:
            return 'bit'
        case None:
            return 'none'
        case True:
            return 'true'
        case [x, y]:
            return f'pair {x} {y}'
        case [first, *_, last]:
            return f'ends {first} {last}'
        case [_, *rest]:
            return f'rest {rest}'
        case {'k': value, **others}:
            return f'map {value} {others}'
        case {'a': 1, 'b': b}:
            return f'ab {b}'
        case Point(x=0, y=yy) if yy > 0:
            return f'on y axis {yy}'
        case Point(xx, 0):
            return f'on x axis {xx}'
        case str() as s:
            return 'str ' + s
        case (1, z) | (2, z):
            return 'tuple'
        case [Point(x=a), Point(x=b)] | [a, b, _]:
            return f'{a} {b}'
        case -1 | 1.5 | 2j:
            return 'number'
        case _:
            return 'other'

for v in [0, None, True, [1, 2], [1, 2, 3, 4], [5], {'k': 1, 'z': 2}, {'a': 1, 'b': 2},
          Point(0, 3), Point(4, 0), 'hi', (2, 9), [Point(1, 0), Point(2, 0)], -1, 3.5]:
    print(describe(v))

match 42:
    case n:
        print(n)
