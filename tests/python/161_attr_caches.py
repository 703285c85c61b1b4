# Attribute and global lookups stay right when what the interpreter's
# caches remember changes: class mutation, shadowing, __dict__, deletion,
# properties and __getattr__/__setattr__ added later, many attributes.


class Base(object):
    kind = "base"

    def describe(self):
        return "Base.describe"


class Point(Base):
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)


def read_all(objs):
    out = []
    for o in objs:
        out.append((o.x, o.y, o.norm1(), o.describe(), o.kind))
    return out


pts = [Point(i, -i) for i in range(3)]
print(read_all(pts))
Base.describe = lambda self: "patched"          # base class mutation
print(read_all(pts))
pts[1].norm1 = lambda: "instance attr shadows method"
pts[2].kind = "own kind"
print(read_all(pts))
Point.kind = "point kind"
print(read_all(pts))
del pts[2].kind
print(read_all(pts))

# __dict__ hands out the attributes; later changes go both ways
p = Point(5, 6)
d = p.__dict__
print(sorted(d.items()))
d["x"] = 50
p.z = 7
print(p.x, p.z, sorted(p.__dict__.items()), sorted(vars(p)))
del p.y
try:
    print(p.y)
except AttributeError as e:
    print("AttributeError:", e)


# different attribute orders share the access sites
def make(order):
    o = Base()
    for name in order:
        setattr(o, name, name.upper())
    return o


objs = [make("ab"), make("ba"), make("abc"), make("cba")]
for o in objs:
    print(o.a, o.b, getattr(o, "c", None), hasattr(o, "c"))


# many attributes
class Many(object):
    pass


m = Many()
for i in range(100):
    setattr(m, "a%d" % i, i)
print(sum(getattr(m, "a%d" % i) for i in range(100)), m.a99, len(vars(m)))


def get_v(o):
    return o.v


class P(object):
    def __init__(self):
        self.v = 1


o = P()
print(get_v(o), get_v(o))
P.v = property(lambda self: "property wins")      # data descriptor added
print(get_v(o))
del P.v
print(get_v(o))
P.__getattr__ = lambda self, name: "getattr " + name
print(get_v(P.__new__(P)), o.missing)


class Logged(object):
    pass


def set_w(obj, v):
    obj.w = v
    return obj.w


lg = Logged()
print(set_w(lg, 1), set_w(lg, 2))
Logged.__setattr__ = lambda self, name, v: object.__setattr__(self, name, v * 10)
print(set_w(lg, 3), set_w(Logged(), 4))


class Slotted(object):
    __slots__ = ("a",)


s = Slotted()
s.a = 1
try:
    s.b = 2
except AttributeError as e:
    print("AttributeError:", e)
print(s.a)

# globals: redefinition, deletion, shadowing builtins
def use_len(x):
    return len(x)


print(use_len("abc"))
len = lambda x: "shadowed"
print(use_len("abc"))
del len
print(use_len("abcd"))
G = 1


def read_g():
    return G


print(read_g())
G = 2
print(read_g())
globals()["G"] = 3
print(read_g())
del G
try:
    read_g()
except NameError as e:
    print("NameError:", e)
