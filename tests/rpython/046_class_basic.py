"""Classes: __init__, attributes, methods calling methods, mutation, identity, instance counters."""


class Counter(object):
    def __init__(self, name, start):
        self.name = name
        self.value = start
        self.history = []

    def incr(self, by):
        self.value += by
        self.history.append(by)
        return self.value

    def reset(self):
        old = self.value
        self.value = 0
        self.history = []
        return old

    def report(self):
        return "%s=%d after %d steps" % (self.name, self.value, len(self.history))


class Vec(object):
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def scale(self, k):
        return Vec(self.x * k, self.y * k)

    def dot(self, other):
        return self.x * other.x + self.y * other.y

    def show(self):
        return "(%s, %s)" % (str(self.x), str(self.y))


def entry_point(argv):
    c = Counter("clicks", len(argv))
    for i in range(5):
        c.incr(i)
    print(c.report())
    print("reset returned", c.reset(), "->", c.report())
    c2 = c
    c2.incr(7)
    print("alias:", c.value, c is c2, c is not Counter("x", 0))
    v = Vec(1.5, -2.0)
    w = Vec(0.5, 4.0)
    print("add:", v.add(w).show(), "scale:", v.scale(3.0).show(), "dot:", v.dot(w))
    acc = Vec(0.0, 0.0)
    for i in range(4):
        acc = acc.add(Vec(i * 1.0, i * i * 1.0))
    print("acc:", acc.show())
    return 0


def target(driver, args):
    return entry_point


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
