class Vec:
    def __init__(self, *xs):
        self.xs = list(xs)
    def __repr__(self):
        return "Vec(" + ", ".join(str(x) for x in self.xs) + ")"
    def __add__(self, o):
        return Vec(*[a + b for a, b in zip(self.xs, o.xs)])
    def __sub__(self, o):
        return Vec(*[a - b for a, b in zip(self.xs, o.xs)])
    def __mul__(self, k):
        return Vec(*[a * k for a in self.xs])
    def __rmul__(self, k):
        return self * k
    def __neg__(self):
        return self * -1
    def __eq__(self, o):
        return self.xs == o.xs
    def __lt__(self, o):
        return self.xs < o.xs
    def __len__(self):
        return len(self.xs)
    def __getitem__(self, i):
        return self.xs[i]
    def __setitem__(self, i, v):
        self.xs[i] = v
    def __contains__(self, v):
        return v in self.xs
    def __iter__(self):
        return iter(self.xs)
    def __call__(self, i):
        return self.xs[i] * 100
    def __bool__(self):
        return any(self.xs)
    def __hash__(self):
        return hash(tuple(self.xs))
v = Vec(1, 2, 3)
w = Vec(4, 5, 6)
print(v + w, w - v, v * 2, 3 * v, -v)
print(v == Vec(1, 2, 3), v != w, v < w, w > v, sorted([w, v]))
print(len(v), v[1], 2 in v, 7 in v, list(v), v(2))
v[0] = 10
print(v, bool(Vec(0, 0)), bool(v))
print({v: 1}[Vec(10, 2, 3)])
class Num:
    def __init__(self, n):
        self.n = n
    def __iadd__(self, o):
        self.n += o
        return self
    def __str__(self):
        return "Num<%d>" % self.n
    def __format__(self, spec):
        return "N" + format(self.n, spec)
x = Num(1)
x += 5
print(x, str(x), f"{x:>4}", repr(x)[:5])
