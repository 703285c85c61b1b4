class Vec:
    def __init__(self, *c):
        self.c = tuple(c)
    def __add__(self, o):
        return Vec(*[a + b for a, b in zip(self.c, o.c)])
    def __mul__(self, k):
        return Vec(*[a * k for a in self.c])
    __rmul__ = __mul__
    def __neg__(self):
        return self * -1
    def __eq__(self, o):
        return isinstance(o, Vec) and self.c == o.c
    def __hash__(self):
        return hash(self.c)
    def __len__(self):
        return len(self.c)
    def __getitem__(self, i):
        return self.c[i]
    def __iter__(self):
        return iter(self.c)
    def __bool__(self):
        return any(self.c)
    def __repr__(self):
        return "Vec%r" % (self.c,)
    def __abs__(self):
        return sum(x * x for x in self.c) ** 0.5
    def __contains__(self, x):
        return x in self.c
v = Vec(1, 2)
w = Vec(3, 4)
print(v + w, v * 3, 2 * v, -v, v == Vec(1, 2), v != w, len(v), v[1], list(v), abs(w))
print(bool(Vec(0, 0)), bool(v), 2 in v, 5 in v, {v: "a"}[Vec(1, 2)], v[-1], v[0:1])
class Temp:
    def __init__(self, c):
        self.c = c
    def __lt__(self, o):
        return self.c < o.c
    def __le__(self, o):
        return self.c <= o.c
    def __repr__(self):
        return "%d°" % self.c
ts = [Temp(30), Temp(10), Temp(20)]
print(sorted(ts), min(ts), max(ts), Temp(1) < Temp(2), Temp(3) > Temp(2), Temp(2) >= Temp(2))
class Ctx:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, tb is not None)
        return et is KeyError
with Ctx("a") as c1, Ctx("b") as c2:
    print("body", c1.name, c2.name)
with Ctx("swallow"):
    raise KeyError("k")
print("after swallow")
class Callable:
    def __init__(self):
        self.calls = 0
    def __call__(self, *a, **k):
        self.calls += 1
        return (a, sorted(k.items()))
f = Callable()
print(f(1, 2, x=3), f(), f.calls, callable(f), callable(3))
