class Counter:
    instances = 0
    registry = []
    kind = "counter"

    def __init__(self, name):
        Counter.instances += 1
        self.name = name
        self.registry.append(name)

a = Counter("a")
b = Counter("b")
print(Counter.instances, Counter.registry, a.registry is b.registry)
a.kind = "special"
print(a.kind, b.kind, Counter.kind)
del a.kind
print(a.kind)
Counter.kind = "changed"
print(a.kind, b.kind)
print(hasattr(a, "name"), hasattr(a, "nope"), getattr(a, "nope", "default"))
setattr(b, "extra", 42)
print(b.extra, sorted(vars(b)))
print("name" in a.__dict__, "kind" in a.__dict__, "kind" in Counter.__dict__)

class Point:
    dims = 2
    def __init__(self, x, y):
        self.x, self.y = x, y
    def norm2(self):
        return self.x ** 2 + self.y ** 2
    @staticmethod
    def origin():
        return Point(0, 0)
    @classmethod
    def from_tuple(cls, t):
        return cls(*t)
    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)

class Point3(Point):
    dims = 3

p = Point.from_tuple((3, 4))
print(p, p.norm2(), Point.origin(), Point3.from_tuple((1, 2)).__class__.__name__)
print(Point.dims, Point3.dims, p.dims)
m = p.norm2
print(m(), m.__self__ is p, m.__func__ is Point.norm2)
print(Point.norm2(p))
unbound = Point.__dict__["norm2"]
print(unbound(Point(1, 1)))
print(type(Point.__dict__["origin"]).__name__, type(Point.__dict__["from_tuple"]).__name__)
print(Point.origin.__name__, Point.__name__, Point.__qualname__)
try:
    Point.nothing
except AttributeError as e:
    print("AttributeError:", e)
try:
    p.nothing
except AttributeError as e:
    print("AttributeError:", e)
