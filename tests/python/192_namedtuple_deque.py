# collections.namedtuple and collections.deque (app-level library module)
from collections import namedtuple, deque
import collections


def show_error(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)


Point = namedtuple("Point", "x y")
p = Point(1, y=2)
print(p, p.x, p.y, p[0], p[-1], len(p), tuple(p), p == (1, 2), hash(p) == hash((1, 2)))
print(Point._fields, Point.__name__, Point.__module__, Point, type(p).__doc__)
print(p._asdict(), p._replace(x=10), Point._make([5, 6]), Point._make(range(2)))
x, y = p
print(x + y, isinstance(p, tuple), sorted([Point(2, 1), Point(1, 5)]))
Color = namedtuple("Color", ["red", "green", "blue"], defaults=[0, 255])
print(Color(1), Color(1, 2, 3), Color._field_defaults, Color.__new__.__doc__)
Pair = namedtuple("Pair", "first, second", rename=False)
print(Pair("a", "b"), namedtuple("R", ["a", "def", "a", "_x"], rename=True)._fields)
Single = namedtuple("Single", "only")
print(Single(3), Single._make([4]))
show_error(lambda: Point(1))
show_error(lambda: Point(1, 2, 3))
show_error(lambda: Point(1, z=3))
show_error(lambda: p._replace(z=1))
show_error(lambda: Point._make([1]))
show_error(lambda: namedtuple("Bad", "x _y"))
show_error(lambda: namedtuple("Bad", "x x"))
show_error(lambda: namedtuple("Bad", "x class"))
show_error(lambda: namedtuple("Bad", "x 1y"))
show_error(lambda: namedtuple("Bad", "x y", defaults=[1, 2, 3]))


def set_x():
    p.x = 5


show_error(set_x)


class Point3(namedtuple("Point3", "x y z")):
    __slots__ = ()

    def norm1(self):
        return abs(self.x) + abs(self.y) + abs(self.z)


q = Point3(1, -2, 3)
print(q, q.norm1(), q._replace(z=0), type(q._replace(z=0)).__name__)
print({Point(1, 2): "a"}[Point(1, 2)], Point(1, 2) < Point(1, 3))
N = namedtuple("N", "a b", module="mymodule")
print(N.__module__, N(1, 2))

# deque
d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1], d[2], list(reversed(d)), 3 in d, 9 in d)
print(d.pop(), d.popleft(), d)
d.extend("ab")
d.extendleft([10, 20])
print(d, d.count(2), d.index(2), d.index("b"))
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d[1] = "X"
del d[0]
print(d, d == deque(d), d != deque(), bool(deque()), deque() == [])
d.remove("a")
d.insert(1, "ins")
d.reverse()
print(d, d.copy(), d + deque([0]), deque("ab") * 2)
d.clear()
print(d, len(d))
show_error(lambda: d.pop())
show_error(lambda: d.popleft())
show_error(lambda: deque([1])[5])
show_error(lambda: deque([1]).remove(7))
show_error(lambda: deque([1]).index(7))
show_error(lambda: deque([1])["a"])
show_error(lambda: deque([], -1))

window = deque(maxlen=3)
for i in range(6):
    window.append(i)
print(window, window.maxlen, deque(range(10), 4), deque("abc", maxlen=0))
window.appendleft("L")
print(window, list(window))
show_error(lambda: window.insert(0, 9))
big = deque()
for i in range(1000):
    big.append(i)
    if i % 3 == 0:
        big.popleft()
print(len(big), big[0], big[-1], sum(big))
dd = deque(range(5))
for v in dd:
    pass
try:
    for v in dd:
        dd.append(v)
except RuntimeError as e:
    print("RuntimeError:", e)
print(deque([1, 2]) < deque([1, 3]), deque([[1]]) == deque([[1]]))
print(collections.deque is deque, type(d).__name__, deque)
