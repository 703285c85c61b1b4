class Shape:
    count = 0
    def __init__(self, name):
        self.name = name
        Shape.count += 1
    def describe(self, prefix=""):
        return prefix + self.name
    @staticmethod
    def unit():
        return "unit"
    @classmethod
    def create(cls, name):
        return cls(name)
    @classmethod
    def how_many(cls):
        return "%s:%d" % (cls.__name__, cls.count)
class Circle(Shape):
    pass
s = Shape("sq")
m = s.describe
print(m(), m("my "), m.__name__, m.__self__.name, Shape.describe(s, ">"))
print(Shape.unit(), s.unit(), Circle.create("c").name, type(Circle.create("x")).__name__)
print(Shape.how_many(), Circle.how_many(), s.how_many())
methods = [s.describe, Circle("o").describe]
print([f() for f in methods], s.describe == s.describe, s.describe is s.describe)
f = Shape.create
print(f("via").name, Shape.count)
print(list(map(Shape.describe, [Shape("a"), Shape("b")])))
print(sorted([Shape("z"), Shape("y")], key=Shape.describe)[0].name)
