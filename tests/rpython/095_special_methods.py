"""Special methods: __len__, __getitem__, __setitem__, __iter__/__next__ on user classes used by len(), [], for."""


class Ring(object):
    def __init__(self, size):
        self.data = [0] * size
        self.start = 0

    def __len__(self):
        return len(self.data)

    def __getitem__(self, i):
        return self.data[(self.start + i) % len(self.data)]

    def __setitem__(self, i, v):
        self.data[(self.start + i) % len(self.data)] = v

    def rotate(self, k):
        self.start = (self.start + k) % len(self.data)


class RangeIter(object):
    def __init__(self, lo, hi, step):
        self.cur = lo
        self.hi = hi
        self.step = step

    def __iter__(self):
        return self

    def __next__(self):
        if self.cur >= self.hi:
            raise StopIteration
        v = self.cur
        self.cur += self.step
        return v


class Words(object):
    def __init__(self, text):
        self.words = text.split()

    def __len__(self):
        return len(self.words)

    def __iter__(self):
        return WordIter(self.words)


class WordIter(object):
    def __init__(self, words):
        self.words = words
        self.i = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.i >= len(self.words):
            raise StopIteration
        w = self.words[self.i]
        self.i += 1
        return w.upper()


def entry_point(argv):
    r = Ring(5)
    for i in range(len(r)):
        r[i] = i * 10
    r.rotate(2)
    print("ring:", " ".join([str(r[i]) for i in range(len(r))]), "len:", len(r))
    r[0] = -1
    r.rotate(-2)
    print("ring:", " ".join([str(r[i]) for i in range(len(r))]))
    total = 0
    for v in RangeIter(3, 30, 4):
        total += v
        print("  iter", v)
    print("total:", total)
    w = Words("special methods make classes feel builtin")
    print("words:", len(w), "-".join([x for x in w]))
    it = RangeIter(0, 3, 1)
    print("next:", next(it), next(it), next(it))
    return 0


def target(driver, args):
    return entry_point


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
