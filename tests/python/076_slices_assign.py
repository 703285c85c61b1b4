s = list(range(10))
print(s[::2], s[1::3], s[::-1], s[-3:], s[:-7], s[8:2:-2], s[-1:-4:-1])
print(s[100:], s[-100:2], s[5:1], s[::-3])
t = "abcdefgh"
print(t[::2], t[::-1], t[-2:], t[1:-1:2], t[3:3] == "")
print((1, 2, 3, 4)[::-2], range(10)[2:8:3], list(range(10)[::-2]))
a = list(range(8))
a[2:5] = ["x", "y"]
print(a)
a[:0] = [-1]
print(a)
a[len(a):] = [100, 101]
print(a)
a[::2] = [0] * len(a[::2])
print(a)
try:
    a[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
b = list(range(10))
del b[::3]
print(b)
del b[-2:]
print(b)
b[1:3] = []
print(b)
b[:] = "xyz"
print(b)
sl = slice(1, 8, 2)
print(list(range(10))[sl], sl.start, sl.stop, sl.step, sl)
print(slice(5).indices(3), slice(None, None, -1).indices(5), slice(-2, None).indices(10))
print("hello"[slice(1, None)], [1, 2, 3][slice(None, None, -1)])
c = [1, 2, 3, 4, 5]
c[1:4] = c[3:0:-1]
print(c)
class Seq:
    def __getitem__(self, k):
        if isinstance(k, slice):
            return ("slice", k.start, k.stop, k.step)
        return ("index", k)
q = Seq()
print(q[1], q[1:2], q[::3], q[-1:], q[1:2, 3] if False else q[:])
