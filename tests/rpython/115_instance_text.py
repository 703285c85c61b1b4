"""str(), repr(), print() and f-strings of instances: __str__, __repr__
(also inherited and overridden), and the default object repr."""


class Point(object):
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return "Point(%d, %d)" % (self.x, self.y)

    def __str__(self):
        return "(%d, %d)" % (self.x, self.y)


class Named(Point):
    def __init__(self, name, x, y):
        Point.__init__(self, x, y)
        self.name = name

    def __str__(self):
        return self.name + "@" + repr(Point(self.x, self.y))


class Plain(object):
    def __init__(self, v):
        self.v = v


def describe(p):
    return "<" + str(p) + ">"


def entry_point(argv):
    p = Point(1, 2)
    n = Named("home", 3, 4)
    print(p)
    print(n, p)
    print(str(p), repr(p))
    print(str(n), repr(n))
    print(f"at {p} and {n!r}")
    print("%s / %r" % (n, n))
    pts = [p, n, Point(5, 6)]
    for q in pts:
        print(describe(q))
    plain = Plain(7)
    text = str(plain)
    print(text.startswith("<__main__.Plain object at 0x"), text.endswith(">"))
    print(repr(plain) == text)
    maybe = None
    if len(argv) > 5:
        maybe = plain
    print(str(maybe))
    return 0


def target(driver, args):
    return entry_point


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
