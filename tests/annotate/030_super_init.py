class Base:
    def __init__(self, x):  # reveal: (Base, int) -> None
        self.x = x

    def get(self):  # reveal: (Base) -> int
        return self.x


class Child(Base):
    def __init__(self, x, tag):  # reveal: (Child, int, str) -> None
        super().__init__(x + 1)
        self.tag = tag


class Other(Base):
    def __init__(self, x):  # reveal: (Other, int) -> None
        Base.__init__(self, x * 2)


def entry_point(argv):  # reveal: (list[str]) -> int
    n = len(argv) - 3
    c = Child(n, argv[0])
    o = Other(n - 1)
    items = [c, o]
    t = 0
    for b in items:
        t += b.get()
    return t + len(c.tag)


def target(driver, args):
    return entry_point
