a = list(range(10))
print(a[2:5], a[:3], a[7:], a[-3:], a[:-7], a[::2], a[1::3], a[::-1], a[8:2:-2])
print(a[100:], a[-100:2], a[5:1])
s = "abcdefghij"
print(s[2:5], s[::-1], s[-4:-1], s[::3])
t = tuple(a)
print(t[1:3], t[::-4])
b = a[:]
b[2:5] = ["x"]
print(b)
b[::2] = [0] * len(b[::2])
print(b)
del b[::2]
print(b)
print(range(10)[2:8:2], list(range(10)[::-3]))
