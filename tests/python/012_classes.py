class Point:
    count = 0

    def __init__(self, x, y):
        self.x = x
        self.y = y
        Point.count += 1

    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)

    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)

    def __eq__(self, other):
        return isinstance(other, Point) and self.x == other.x and self.y == other.y

    def norm2(self):
        return self.x * self.x + self.y * self.y

p = Point(1, 2)
q = Point(3, 4)
print(p, q, p + q, (p + q).norm2())
print(p == Point(1, 2), p == q, p != q, Point.count)
print(p.x, getattr(p, "y"), hasattr(p, "z"))
p.z = 10
print(p.z)
setattr(p, "w", 5)
print(p.w)
print(type(p).__name__, isinstance(p, Point), isinstance(3, Point))

class Stack:
    def __init__(self):
        self.items = []

    def push(self, x):
        self.items.append(x)
        return self

    def pop(self):
        return self.items.pop()

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        return self.items[i]

    def __str__(self):
        return "Stack" + str(self.items)

s = Stack().push(1).push(2).push(3)
print(len(s), s[0], s[-1], str(s), s.pop(), len(s))
print([x for x in s])
print(bool(Stack()), bool(s))
