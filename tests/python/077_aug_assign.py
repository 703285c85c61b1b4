class Box:
    def __init__(self):
        self.v = 1
        self.items = [1]
b = Box()
b.v += 5
b.v *= 3
b.v -= 1
b.v //= 4
b.v **= 2
b.v %= 7
b.v <<= 3
b.v >>= 1
b.v |= 1
b.v &= 0xff
b.v ^= 0b101
print(b.v)
b.items += [2, 3]
b.items *= 2
print(b.items)
d = {"a": 1, "l": []}
d["a"] += 10
d["l"] += "xy"
d.setdefault("n", 0)
d["n"] -= 1
print(d)
m = [[0] * 3 for _ in range(2)]
m[1][2] += 5
m[0][0] -= 2
print(m)
s = "ab"
s += "cd"
s *= 2
print(s)
t = (1,)
t += (2, 3)
print(t)
f = 2.0
f /= 4
f **= 0.5
print(f)
lst = [1, 2]
alias = lst
lst += [3]
print(alias, alias is lst)
tup = (1, 2)
alias2 = tup
tup += (3,)
print(alias2, tup)

class Vec:
    def __init__(self, x):
        self.x = x
    def __add__(self, o):
        print("add")
        return Vec(self.x + o.x)
    def __iadd__(self, o):
        print("iadd")
        self.x += o.x
        return self
    def __mul__(self, k):
        return Vec(self.x * k)
    def __repr__(self):
        return "Vec(%d)" % self.x
v = Vec(1)
w = v
v += Vec(2)
print(v, w, v is w)
v *= 3
print(v, w, v is w)
calls = []
def key():
    calls.append("key")
    return "k"
store = {"k": 0}
store[key()] += 1
print(store, calls)
class Counter:
    count = 0
c1 = Counter()
c1.count += 1
print(Counter.count, c1.count)
