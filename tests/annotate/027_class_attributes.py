class Counter:
    def __init__(self, name, start):  # reveal: (Counter, str, int) -> None
        self.name = name
        self.count = start

    def incr(self, by):  # reveal: (Counter, int) -> int
        self.count += by
        return self.count

    def label(self):  # reveal: (Counter) -> str
        return self.name + ":" + str(self.count)


def make(name, n):  # reveal: (str, int) -> Counter
    return Counter(name, n)


def entry_point(argv):  # reveal: (list[str]) -> int
    c = make(argv[0], len(argv) - 2)
    r = c.incr(len(argv) - 5)
    c.name = c.label()
    return r + len(c.name)


def target(driver, args):
    return entry_point
