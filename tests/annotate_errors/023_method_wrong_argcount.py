# error: method 'add' of Counter takes 1 argument (besides self) but is called with 2
# at: "c.add(1, 2)"
# provenance: "def add(self, k):" (the definition)


class Counter:
    def __init__(self):
        self.n = 0

    def add(self, k):
        self.n += k


def entry_point(argv):
    c = Counter()
    c.add(len(argv))
    if len(argv) > 3:
        c.add(1, 2)
    return c.n


def target(driver, args):
    return entry_point
