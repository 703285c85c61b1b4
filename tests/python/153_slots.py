"""__slots__: instances take only the listed attributes, slot
descriptors on the class, inheritance with and without __slots__."""


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm2(self):
        return self.x * self.x + self.y * self.y


p = Point(3, 4)
print(p.x, p.y, p.norm2(), Point.__slots__, Point.x, type(Point.x).__name__)
p.x = 10
print(p.x, getattr(p, "y"), hasattr(p, "z"), hasattr(p, "__dict__"))
for action in ["set z", "get dict", "del x twice", "get unset"]:
    try:
        if action == "set z":
            p.z = 1
        elif action == "get dict":
            p.__dict__
        elif action == "del x twice":
            q = Point(1, 2)
            del q.x
            del q.x
        else:
            q = Point(1, 2)
            del q.y
            print(q.y)
    except AttributeError as e:
        print(action, "->", repr(e))


class Point3(Point):
    __slots__ = "z"

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


p3 = Point3(1, 2, 3)
print(p3.x, p3.y, p3.z, p3.norm2(), isinstance(p3, Point))
try:
    p3.w = 0
except AttributeError as e:
    print(repr(e))


class Loose(Point):
    pass


lo = Loose(5, 6)
lo.extra = "ok"
print(lo.extra, lo.x, vars(lo))


class WithDict:
    __slots__ = ["a", "__dict__"]


w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.b)
try:
    class Bad:
        __slots__ = ("a",)
        a = 5
except ValueError as e:
    print("ValueError:", e)


class Node:
    __slots__ = ["value", "next"]

    def __init__(self, value, next=None):
        self.value = value
        self.next = next


head = None
for i in range(5):
    head = Node(i, head)
total = 0
while head is not None:
    total += head.value
    head = head.next
print("total", total)
p.q = 1
