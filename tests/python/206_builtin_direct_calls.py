# builtin functions and methods called with 1-3 positional arguments
# (the eval loop's direct entries: list.append, dict.get, dict.setdefault,
# len, isinstance) must behave exactly like the general calls
d = {}
parts = []
for i in range(5):
    parts.append(i)
    d.setdefault(i % 2, []).append(i)
    print(d.get(i), d.get(i, 'dflt'), len(parts), isinstance(i, int),
          isinstance(i, (str, bool)), d.setdefault('x'))
print(d, parts)


class L(list):
    def append(self, x):
        print("user append", x)


lst = L()
lst.append(3)
print(lst)


class L2(list):
    pass


l2 = L2()
l2.append(4)
print(l2, len(l2))


class D(dict):
    pass


dd = D(a=1)
print(dd.get('a'), dd.get('b', 2), dd.setdefault('c', 5), dd.setdefault('a'), dd)
print(list.append.__name__, dict.get.__name__)
list.append(parts, 7)
print(dict.get(d, 0), dict.setdefault(d, 'y', 1), parts)


class Sized:
    def __len__(self):
        return 3


print(len(Sized()), len("abc"), len(b"xy"), len({1, 2}))
for bad in [lambda: dict.get({}, 1, 2, 3), lambda: len(), lambda: len(1, 2),
            lambda: len(5), lambda: isinstance(1, 2), lambda: d.get(),
            lambda: d.get([]), lambda: d.setdefault({}, 1), lambda: d.get(1, 2, 3)]:
    try:
        bad()
    except TypeError as e:
        print(e)
f = parts.append
f(9)
g = len
print(g("abc"), parts)
print(list(map(len, ["a", "bb"])))
print(list(map(d.get, [0, 1, 5])))
