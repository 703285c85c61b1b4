"""obj.__dict__ and vars(obj): the same dict object each time, a live view
of the attributes both ways (update, del, pop, clear, assignment of a new
dict), for plain classes, builtin subclasses and exceptions; vars() errors;
object.__setattr__ going through data descriptors."""

class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y

p = P(1, 2)
d = p.__dict__
print(d is p.__dict__, vars(p) is p.__dict__, type(d), isinstance(d, dict))
print(d)
d["z"] = 3
print(p.z)
p.w = 4
print(d, len(d))
del d["x"]
print(hasattr(p, "x"), d)
del p.y
print(d, "y" in d)
d.update(a=1, b=2)
print(p.a, p.b, sorted(vars(p)))
print(d.pop("a"), d.setdefault("c", 9), p.c, list(d.items()))
d.clear()
print(d, vars(p), hasattr(p, "z"))
p.q = 5
print(d)
p.__dict__ = {"m": 1}
print(p.m, vars(p), d)
nd = {"k": 2}
p.__dict__ = nd
nd["j"] = 3
print(p.j, p.__dict__ is nd)
try:
    p.__dict__ = 5
except TypeError as e:
    print(e)
d2 = dict(vars(p))
print(d2, {**vars(p)}, vars(p) == {"k": 2, "j": 3})
print(repr(vars(p)), str(p.__dict__), list(vars(p)))

class Many:
    pass
m = Many()
for i in range(100):
    setattr(m, "a%d" % i, i)
print(len(vars(m)), m.a99, vars(m) is m.__dict__)
del m.a50
print(len(m.__dict__), hasattr(m, "a50"))

class Kw:
    def __init__(self, **kw):
        self.__dict__.update(kw)
    def __repr__(self):
        return "Kw(%s)" % ", ".join("%s=%r" % kv for kv in sorted(self.__dict__.items()))
k = Kw(a=1, b="x")
print(k, k.a, k.b)
k.c = [1]
print(k)

class L(list):
    pass
l = L([1, 2])
print(vars(l), l.__dict__ is l.__dict__)
l.x = 1
print(vars(l), l)
vars(l)["y"] = 2
print(l.y)
del l.x
print(l.__dict__)

class E(Exception):
    pass
e = E("boom")
e.code = 5
print(vars(e), e.__dict__ is e.__dict__)

class S:
    __slots__ = ("a",)
s = S()
try:
    vars(s)
except TypeError as e:
    print(e)
try:
    s.__dict__
except AttributeError as e:
    print(e)
try:
    vars(1)
except TypeError as e:
    print(e)
def f(): pass
f.attr = 1
print(vars(f), f.__dict__)

class Setter:
    def __setattr__(self, name, value):
        print("setattr", name)
        object.__setattr__(self, name, value)
    @property
    def p(self):
        return self._p
    @p.setter
    def p(self, v):
        print("p.setter", v)
        self.__dict__["_p"] = v
st = Setter()
st.p = 3
st.q = 4
print(st.p, st.q, vars(st))

class Slotted:
    __slots__ = ("v",)
    def __setattr__(self, n, val):
        super().__setattr__(n, val * 2)
sl = Slotted()
sl.v = 21
print(sl.v)
try:
    sl.other = 1
except AttributeError as e:
    print(e)
