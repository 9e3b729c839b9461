class Shape:
    count = 0

    def __init__(self, name):
        self.name = name
        Shape.count += 1

    def area(self):
        raise NotImplementedError(f"{type(self).__name__} must define area")

    def describe(self):
        return f"{self.name} with area {self.area():.2f}"

    def __lt__(self, other):
        return self.area() < other.area()


class Rectangle(Shape):
    def __init__(self, width, height):
        super().__init__("rectangle")
        self.width, self.height = width, height

    def area(self):
        return self.width * self.height


class Square(Rectangle):
    def __init__(self, side):
        super().__init__(side, side)
        self.name = "square"


class Circle(Shape):
    PI = 3.141592653589793

    def __init__(self, radius):
        super().__init__("circle")
        self.radius = radius

    def area(self):
        return self.PI * self.radius ** 2


shapes = [Rectangle(3, 4), Square(2), Circle(1.5), Square(5)]
for s in sorted(shapes):
    print(s.describe())
print(Shape.count, [type(s).__name__ for s in shapes], max(shapes).name)
print(isinstance(shapes[1], Rectangle), Square.__mro__[1].__name__, hasattr(Circle, "PI"))
try:
    Shape("abstract").describe()
except NotImplementedError as e:
    print("error:", e)
total = sum(s.area() for s in shapes)
print(f"total area {total:.3f}", round(total, 1))


class Stack:
    def __init__(self):
        self._items = []

    def push(self, item):
        self._items.append(item)

    def pop(self):
        if not self._items:
            raise IndexError("pop from empty stack")
        return self._items.pop()

    def __len__(self):
        return len(self._items)

    def __repr__(self):
        return f"Stack({self._items!r})"


def balanced(text):
    pairs = {")": "(", "]": "[", "}": "{"}
    stack = Stack()
    for ch in text:
        if ch in "([{":
            stack.push(ch)
        elif ch in pairs:
            try:
                if stack.pop() != pairs[ch]:
                    return False
            except IndexError:
                return False
    return len(stack) == 0


print([balanced(t) for t in ["(a[b]{c})", "(]", "((", "", "())"]])
s = Stack()
s.push(1)
s.push("two")
print(s, len(s), s.pop(), s)
