class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}
    def __getitem__(self, pos):
        x, y = pos
        if not (0 <= x < self.w and 0 <= y < self.h):
            raise IndexError("cell %r out of range" % (pos,))
        return self.cells.get(pos, ".")
    def __setitem__(self, pos, v):
        self.cells[pos] = v
    def __delitem__(self, pos):
        del self.cells[pos]
    def __len__(self):
        return len(self.cells)
    def __contains__(self, v):
        return v in self.cells.values()
    def __iter__(self):
        for y in range(self.h):
            yield "".join(self[x, y] for x in range(self.w))
    def __bool__(self):
        return bool(self.cells)
    def __repr__(self):
        return "Grid(%dx%d, %d set)" % (self.w, self.h, len(self))
    def __str__(self):
        return "\n".join(self)

g = Grid(4, 3)
print(bool(g), len(g), repr(g))
g[0, 0] = "#"
g[3, 2] = "@"
g[1, 1] = "#"
print(g)
print(bool(g), len(g), "@" in g, "$" in g, g)
del g[1, 1]
print(list(g), len(g))
try:
    g[5, 5]
except IndexError as e:
    print("IndexError:", e)
try:
    del g[2, 2]
except KeyError as e:
    print("KeyError:", e)

class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(5)), sum(Countdown(4)), max(Countdown(3)), 2 in Countdown(3))
it = iter(Countdown(2))
print(next(it), next(it), next(it, "done"))

class OldSeq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * 10
print(list(OldSeq()), 20 in OldSeq(), [x for x in OldSeq()])

class Sized:
    def __len__(self):
        return 3
print(len(Sized()), bool(Sized()))
class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError as e:
    print("ValueError:", e)
class Fn:
    def __init__(self, k):
        self.k = k
    def __call__(self, x, *rest, scale=1):
        return (x * self.k + sum(rest)) * scale
f = Fn(3)
print(f(2), f(2, 1, 1), f(1, scale=10), list(map(Fn(2), [1, 2, 3])))
class StrOnly:
    def __str__(self):
        return "str!"
class ReprOnly:
    def __repr__(self):
        return "repr!"
print(str(StrOnly()), str(ReprOnly()), repr(ReprOnly()), [ReprOnly()], f"{ReprOnly()}", "%s" % StrOnly())
print(repr(StrOnly()).startswith("<__main__.StrOnly object at 0x"))
