import math


class Ring(object):
    def __init__(self, n):
        self.items = [0] * n

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        return self.items[i % len(self.items)]

    def __setitem__(self, i, v):
        self.items[i % len(self.items)] = v


class Countdown(object):
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n


class Base(object):
    def __init__(self, name):
        self.name = name


class Derived(Base):
    def __init__(self):
        super().__init__("derived")


class AppError(Exception):
    def __init__(self, key):
        Exception.__init__(self, "missing " + key)
        self.key = key


def entry_point(argv):
    n = len(argv)
    print(min(n, 3), max(n, 3, -4), min(2.5, n), max("apple", "pear"))
    q, r = divmod(-17 * n, 5)
    print(q, r, divmod(7.5, 2.0)[1], 3 ** (4 * n), (n + 1) ** 10)
    print(math.sqrt(2.0 * n), math.fabs(-3.5), math.floor(-2.5), math.log(8.0, 2.0), math.copysign(1.0, -0.0))
    try:
        math.sqrt(-1.0 * n)
    except ValueError:
        print("sqrt: ValueError")
    t = (n, "a")
    print(t == (1, "a"), t != (2, "a"), t == (n, "b"), "x" in ("x", "y"))
    ring = Ring(3)
    for i in range(len(ring)):
        ring[i + 4] = i * 10
    print(len(ring), ring[0], ring[5])
    total = 0
    for v in Countdown(4):
        total += v
    print(total, Derived().name, getattr(ring, "items")[1])
    try:
        raise AppError("k")
    except AppError as e:
        print(e.key)
    return 0


def target(driver, args):
    return entry_point


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
