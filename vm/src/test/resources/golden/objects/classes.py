# Classes: instances, methods, inheritance, super, special methods, properties, class and static methods.
class Point:
    """A point in the plane."""
    dimensions = 2

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"

    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)

    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)

    def __lt__(self, other):
        return (self.x, self.y) < (other.x, other.y)

    def norm2(self):
        return self.x * self.x + self.y * self.y


p = Point(1, 2)
q = Point(3, 4)
print(p, q, p + q, p == Point(1, 2), p != q, p < q, sorted([q, p]))
print(p.norm2(), Point.dimensions, p.dimensions, Point.__doc__, Point.__name__, Point.__qualname__)
print(type(p), type(p).__name__, isinstance(p, Point), isinstance(p, object), p.__class__ is Point)
print(str(p), repr(p), [p], {"k": p})
print(Point.__module__, Point.__mro__, Point.norm2.__qualname__, type(p.norm2).__name__)
try:
    hash(p)
except TypeError as e:
    print("TypeError:", e)


class Animal:
    sound = "..."

    def __init__(self, name):
        self.name = name

    def speak(self):
        return f"{self.name} says {self.sound}"

    def __str__(self):
        return f"<{type(self).__name__} {self.name}>"


class Dog(Animal):
    sound = "woof"

    def __init__(self, name, tricks=()):
        super().__init__(name)
        self.tricks = list(tricks)

    def speak(self):
        return super().speak() + "!"


class Puppy(Dog):
    def speak(self):
        return super().speak().upper()


for a in [Animal("generic"), Dog("rex", ["sit"]), Puppy("bit")]:
    print(a.speak(), str(a), isinstance(a, Dog))
print(Puppy.__mro__, issubclass(Puppy, Animal), issubclass(Animal, Dog))
print(Dog("d").tricks, Puppy.__bases__, Dog.sound, Puppy("x").name)


class Temperature:
    def __init__(self, celsius):
        self._c = celsius

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

    @fahrenheit.setter
    def fahrenheit(self, value):
        self._c = (value - 32) * 5 / 9

    @staticmethod
    def scale():
        return "C"

    @classmethod
    def freezing(cls):
        return cls(0)


t = Temperature(100)
print(t.fahrenheit, Temperature.scale(), t.scale(), Temperature.freezing().fahrenheit)
t.fahrenheit = 32
print(t._c, vars(t), hasattr(t, "x"), getattr(t, "_c"))


class Counter:
    count = 0

    def __init__(self):
        Counter.count += 1
        self.id = Counter.count

    def __len__(self):
        return self.id

    def __bool__(self):
        return self.id % 2 == 1

    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * self.id

    def __call__(self, x):
        return x + self.id

    def __contains__(self, x):
        return x == 42


c1, c2 = Counter(), Counter()
print(len(c1), len(c2), bool(c1), bool(c2), list(c2), c2(10), 42 in c1, 41 in c1, Counter.count)


class Stack:
    def __init__(self):
        self.items = []

    def __iter__(self):
        return iter(reversed(self.items))

    def push(self, x):
        self.items.append(x)
        return self


s = Stack().push(1).push(2).push(3)
print(list(s), [x * 10 for x in s], sum(s), max(s))


class MyError(Exception):
    def __init__(self, code):
        super().__init__(f"failed with {code}")
        self.code = code


try:
    raise MyError(7)
except MyError as e:
    print(e, e.code, e.args, repr(e), isinstance(e, Exception))


class Base:
    def __init_subclass__(cls, tag="none", **kwargs):
        super().__init_subclass__(**kwargs)
        cls.tag = tag


class Tagged(Base, tag="special"):
    pass


print(Tagged.tag, Base.__dict__.get("tag"))


class Vec(list):
    def total(self):
        return sum(self)


v = Vec([1, 2, 3])
v.append(4)
print(v, v.total(), len(v), type(v).__name__, isinstance(v, list))
obj = object()
print(type(obj).__name__, obj.__class__.__name__)
