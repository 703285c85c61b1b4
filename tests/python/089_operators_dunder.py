class V:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return "V(%r, %r)" % (self.x, self.y)
    def __add__(self, o):
        if isinstance(o, V):
            return V(self.x + o.x, self.y + o.y)
        if isinstance(o, (int, float)):
            return V(self.x + o, self.y + o)
        return NotImplemented
    __radd__ = __add__
    def __sub__(self, o):
        return V(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        return V(self.x * k, self.y * k)
    def __rmul__(self, k):
        return V(self.x * k, self.y * k)
    def __truediv__(self, k):
        return V(self.x / k, self.y / k)
    def __floordiv__(self, k):
        return V(self.x // k, self.y // k)
    def __mod__(self, k):
        return V(self.x % k, self.y % k)
    def __pow__(self, k):
        return V(self.x ** k, self.y ** k)
    def __neg__(self):
        return V(-self.x, -self.y)
    def __pos__(self):
        return self
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __invert__(self):
        return V(self.y, self.x)
    def __matmul__(self, o):
        return self.x * o.x + self.y * o.y
    def __and__(self, o):
        return "and"
    def __or__(self, o):
        return "or"
    def __xor__(self, o):
        return "xor"
    def __lshift__(self, n):
        return "lshift%d" % n
    def __rshift__(self, n):
        return "rshift%d" % n
    def __rsub__(self, o):
        return V(o - self.x, o - self.y)
    def __eq__(self, o):
        return isinstance(o, V) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))

a, b = V(1, 2), V(3, 4)
print(a + b, a - b, a * 3, 3 * a, b / 2, b // 2, b % 2, a ** 2, -a, +a, abs(b), ~a)
print(a + 1, 1 + a, 10 - a, a @ b, a & b, a | b, a ^ b, a << 2, a >> 3)
print(a == V(1, 2), a != V(1, 2), a == 5, {a: "a"}[V(1, 2)], len({a, V(1, 2), b}))
try:
    a + "s"
except TypeError as e:
    print("TypeError:", e)
try:
    "s" - a
except TypeError as e:
    print("TypeError:", e)
try:
    a < b
except TypeError as e:
    print("TypeError:", e)

class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, x):
        self.items.append(x)
        return self
    def __isub__(self, x):
        self.items.remove(x)
        return self
    def __imul__(self, k):
        self.items = self.items * k
        return self
acc = Acc()
ref = acc
acc += 1
acc += 2
acc -= 1
acc *= 2
print(acc.items, acc is ref)

class Num:
    def __init__(self, v):
        self.v = v
    def __int__(self):
        return int(self.v)
    def __float__(self):
        return float(self.v)
    def __index__(self):
        return int(self.v)
    def __bool__(self):
        return self.v != 0
    def __round__(self, n=None):
        return "rounded"
n = Num(3.7)
print(int(n), float(n), [10, 20, 30, 40][Num(2)], bool(Num(0)), bool(n), round(n), hex(Num(255)))
print("yes" if Num(1) else "no", not Num(0), range(10)[Num(3)])
class Reflect:
    def __radd__(self, o):
        return "radd(%r)" % (o,)
    def __rmul__(self, o):
        return "rmul(%r)" % (o,)
    def __rtruediv__(self, o):
        return "rtruediv"
    def __rpow__(self, o):
        return "rpow"
print(5 + Reflect(), [1] * Reflect(), 1 / Reflect(), 2 ** Reflect(), sum([Reflect()], 0) if False else "")
