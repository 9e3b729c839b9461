# Classes derived from int, float, str, tuple, list, dict and exceptions.
class Celsius(float):
    def __repr__(self):
        return f"{float(self)}°C"


class Money(int):
    def __str__(self):
        return f"${int(self)}"


class Tag(str):
    def shout(self):
        return self.upper() + "!"


class Pair(tuple):
    def swap(self):
        return Pair((self[1], self[0]))


class Registry(dict):
    def __missing__(self, key):
        return f"no {key}"


t = Celsius(21.5)
m = Money(40)
print(repr(t), t + 1, type(t).__name__, isinstance(t, float), str(m), m * 2, type(m * 2).__name__, m == 40)
s = Tag("hi")
print(s, s.shout(), len(s), s + "!", type(s).__name__, s == "hi", {s: 1}["hi"])
p = Pair((1, 2))
print(p, p.swap(), p[0], len(p), type(p.swap()).__name__, p == (1, 2), hash(p) == hash((1, 2)))
r = Registry(a=1)
r.note = "attribute"
print(r, r.note, isinstance(r, dict), len(r), r["zzz"], r["a"])
t.unit = "celsius"
print(t.unit, vars(m), int(m), float(t))
