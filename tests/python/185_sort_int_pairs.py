# sorting (int, int) tuple keys (the pair fast path) and its neighbours:
# stability, bools, mixed kinds, big ints, other tuple shapes, reverse,
# key functions, and errors raised in the middle of a sort


class Tagged:
    def __init__(self, key, tag):
        self.key = key
        self.tag = tag

    def __repr__(self):
        return "T(%r, %r)" % (self.key, self.tag)


class MyInt(int):
    def __lt__(self, other):
        return int(self) > int(other)    # reversed order


def lcg(seed):
    while True:
        seed = (seed * 1103515245 + 12345) % 2147483648
        yield seed


g = lcg(7)
pairs = [(next(g) % 13, next(g) % 5) for _ in range(500)]
s = sorted(pairs)
print(s[:10], s[-5:])
print(s == sorted(pairs, key=lambda p: p[0] * 100 + p[1]))
print(sorted(pairs, reverse=True)[:8])

# equal keys keep their order (stability), also with reverse
objs = [Tagged((i % 4, i % 2), i) for i in range(20)]
print([o.tag for o in sorted(objs, key=lambda o: o.key)])
print([o.tag for o in sorted(objs, key=lambda o: o.key, reverse=True)])

# bools and negative ints mixed into the pairs
mixed = [(True, 2), (1, False), (0, -5), (False, -5), (-3, 7), (1, 1), (True, 0)]
print(sorted(mixed))
print([type(a).__name__ + type(b).__name__ for a, b in sorted(mixed)])

# second items not all ints, or tuples of other lengths: the generic path
print(sorted([(1, 2.5), (1, 2), (0, 9), (1, True)]))
print(sorted([(1, 2, 3), (1, 2), (1,), (0, 5, 1), (1, 2, 0)]))
print(sorted([(2, "b"), (2, "a"), (1, "z")]))
print(sorted([(1, 10 ** 30), (1, -10 ** 30), (1, 5), (0, 10 ** 20)]))
print(sorted([(10 ** 25, 1), (3, 2), (10 ** 25, 0)]))
print(sorted([(MyInt(1), 2), (MyInt(3), 1), (MyInt(2), 0)]))
print(sorted([(1, MyInt(1)), (1, MyInt(3)), (1, MyInt(2))]))

# a long sort with many ties (runs, merges)
big = [(next(g) % 7, next(g) % 1000) for _ in range(3000)]
sb = sorted(big)
print(all(sb[i] <= sb[i + 1] for i in range(len(sb) - 1)), sb[0], sb[-1], len(sb))
lst = list(big)
lst.sort(key=lambda p: (p[1] % 3, p[0]))
print(lst[:5], lst[-3:])

# an exception in a comparison: the list keeps its items
class Bad:
    def __lt__(self, other):
        raise ValueError("no order")


lst = [(1, 2), (0, 1), (1, Bad()), (1, Bad())]
try:
    lst.sort()
except ValueError as e:
    print("ValueError", e, len(lst))
except TypeError as e:
    print("TypeError", e, len(lst))
