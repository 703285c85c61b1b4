# The eval loop's fast paths (ints, floats, compare-and-branch, for loops over
# ranges/lists/tuples, plain calls, instantiation and attribute caches) and
# the cases where they must give way to the generic path.

BIG = 9223372036854775807

# int overflow inside the fast paths becomes a big int
a = BIG
a += 1
print(a, BIG + 1, -BIG - 2, BIG * 2, 3 * BIG, -BIG - 1 - 1)
x = BIG
x -= -1
print(x, BIG - (-5), (1 << 62) << 1, 1 << 63, 1 << 64, 5 << 70)
print((-1) << 63, (-3) << 62, 7 >> 70, -7 >> 70, 7 >> 1, -7 >> 1)
print(-7 % 3, 7 % -3, -7 // 2, 7 // -2, 7 % 3, 7 // 3)
try:
    print(1 % 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    print(1 // 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    print(1 << -1)
except ValueError as e:
    print("ValueError", e)
print(-9223372036854775807 - 1 == -BIG - 1, (-BIG - 1) // -1)

# bools are ints, but bool & | ^ bool stays a bool
print(True + True, True - False, True * 5, True << 3, True / 2, True // True)
print(True & True, True | False, True ^ True, True & 3, 6 | False, 1 ^ True)
print(True < 2, False == 0, True >= 1.0, 1.5 > True)

# floats and mixed int/float
f = 0.1
f += 2
print(f, 2 - 0.5, 3 * 1.5, 1.5 * 3, 7 / 2, 7.0 / 2, 1 / 3.0, 2 ** 0.5)
print(1e308 * 10, -1e308 * 10, 0.1 + 0.2, 5.5 % 2, -5.5 // 2, 2.0 ** -1)
try:
    print(1.0 / 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    print(1 / 0.0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
nan = float("nan")
print(nan == nan, nan != nan, nan < 1.0, 1.0 > nan, 0.5 < 1, 2 <= 2.0)
try:
    print(1.5 & 1)
except TypeError as e:
    print("TypeError", e)


# subclasses of int and float keep their own methods
class MyInt(int):
    def __add__(self, other):
        return "add(%d, %d)" % (int(self), int(other))

    def __lt__(self, other):
        print("lt called")
        return True

    def __mul__(self, other):
        return MyInt(int(self) * int(other) + 1)


class MyFloat(float):
    def __sub__(self, other):
        return "sub"

    def __gt__(self, other):
        return "yes"


m = MyInt(3)
print(m + 4, 4 + m, m * 2, type(m * 2).__name__, m - 1)
if m < 1:
    print("branch taken")
while m < 0:
    print("loop body")
    break
n = MyInt(5)
n += 1
print(n)
print(MyFloat(2.5) - 1, 1 - MyFloat(2.5), MyFloat(2.5) > 100, MyFloat(1.0) * 2)
if MyFloat(0.0) > 5:
    print("gt branch")


# compare-and-branch on other types and on results that are not bools
class Weird:
    def __lt__(self, other):
        return 0

    def __eq__(self, other):
        return "truthy"


if Weird() < 3:
    print("wrong")
else:
    print("weird < 3 is falsy")
if Weird() == 3:
    print("weird == 3 is truthy")
print(Weird() < 1, Weird() == 1)
print([1 < 2, 2 < 1, 1.0 <= 1, "a" < "b", (1, 2) < (1, 3)])
print(1 in [1, 2], 3 not in (1, 2), None is None)

# for loops
total = 0
for i in range(10, 0, -3):
    total = total * 10 + i
print(total)
items = [1, 2, 3]
for v in items:
    if v < 10:
        items.append(v + 10)
print(items)
for v in (4, 5):
    print(v)
for v in range(0):
    print("never")
for c in "ab":
    print(c)
it = iter([1, 2])
for v in it:
    pass
print(list(it), next(it, "done"))
r = iter(range(3))
for v in r:
    break
print(list(r))


# plain calls, methods, recursion limit, tracebacks through calls
def add3(p, q, r):
    return p + q + r


def fact(k):
    if k <= 1:
        return 1
    return k * fact(k - 1)


print(add3(1, 2, 3), fact(25))


def deep(k):
    return deep(k + 1)


try:
    deep(0)
except RecursionError as e:
    print("RecursionError", e)


def fails(k):
    if k == 0:
        raise ValueError("bottom")
    return fails(k - 1)


try:
    fails(3)
except ValueError as e:
    print("ValueError", e)
try:
    add3(1, 2)
except TypeError as e:
    print("TypeError", e)


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)


ps = [Point(i, -i) for i in range(5)]
print([p.norm1() for p in ps])
print(Point(1, 2).norm1(), Point.norm1(Point(3, 4)))


# the instantiation cache follows class changes
def make():
    return Point(7, 8)


print(make().x)


def init2(self, x, y):
    self.x = x * 100
    self.y = y


Point.__init__ = init2
print(make().x)


def new(cls, x, y):
    print("new called")
    return object.__new__(cls)


Point.__new__ = new
print(make().x)


class Sub(Point):
    pass


def make_sub():
    return Sub(1, 2)


print(make_sub().x)
Sub.__init__ = lambda self, x, y: setattr(self, "x", -1)
print(make_sub().x)

# attribute caches: the same instruction sees objects of different shapes
class A:
    pass


objs = []
for k in range(4):
    o = A()
    if k % 2:
        o.extra = k
    o.val = k
    objs.append(o)
print([o.val for o in objs])
A.val = "class attr"
del objs[0].val
print([o.val for o in objs])
A.norm = lambda self: "method"
objs[1].norm = lambda: "instance attr"
print([o.norm() for o in objs])

# subscripts and unpacking
lst = [10, 20, 30]
tup = (1, 2, 3)
print(lst[0], lst[-1], lst[True], tup[1], tup[-3])
lst[-1] = 33
lst[False] = 11
print(lst)
for bad in (3, -4):
    try:
        print(lst[bad])
    except IndexError as e:
        print("IndexError", e)
    try:
        lst[bad] = 0
    except IndexError as e:
        print("IndexError", e)
    try:
        print(tup[bad])
    except IndexError as e:
        print("IndexError", e)
try:
    tup[0] = 1
except TypeError as e:
    print("TypeError", e)
print(lst[MyInt(1)], tup[1:], lst[::2], "abc"[1], {1: "one"}[True])


class MyList(list):
    def __getitem__(self, i):
        return "item %r" % (i,)

    def __setitem__(self, i, v):
        print("set", i, v)


ml = MyList([1, 2])
print(ml[0], ml[-5])
ml[0] = 5
p, q = ml
print(p, q, list(ml))


class MyTuple(tuple):
    def __iter__(self):
        return iter(["x", "y"])


u, w = MyTuple((1, 2))
print(u, w)
a1, b1, c1 = lst
(d1, e1), f1 = (1, 2), [3]
print(a1, b1, c1, d1, e1, f1)
() = []
for bad in ([1, 2, 3], (1,)):
    try:
        g, h = bad
    except ValueError as e:
        print("ValueError", e)
