"""A bitset over a list of r_uint words: set/clear/test, popcount, union/intersection, iteration over members."""
from rpython.rlib.rarithmetic import r_uint, intmask, LONG_BIT


class BitSet(object):
    def __init__(self, size):
        self.size = size
        self.words = [r_uint(0)] * ((size + LONG_BIT - 1) // LONG_BIT)

    def add(self, i):
        self.words[i // LONG_BIT] |= r_uint(1) << (i % LONG_BIT)

    def discard(self, i):
        self.words[i // LONG_BIT] &= ~(r_uint(1) << (i % LONG_BIT))

    def contains(self, i):
        return (self.words[i // LONG_BIT] >> (i % LONG_BIT)) & r_uint(1) != r_uint(0)

    def count(self):
        c = 0
        for w in self.words:
            while w != r_uint(0):
                w &= w - r_uint(1)
                c += 1
        return c

    def union(self, other):
        r = BitSet(self.size)
        for k in range(len(self.words)):
            r.words[k] = self.words[k] | other.words[k]
        return r

    def intersection(self, other):
        r = BitSet(self.size)
        for k in range(len(self.words)):
            r.words[k] = self.words[k] & other.words[k]
        return r

    def members(self):
        out = []
        for i in range(self.size):
            if self.contains(i):
                out.append(i)
        return out


def fmt(lst):
    return " ".join([str(x) for x in lst])


def entry_point(argv):
    evens = BitSet(200)
    threes = BitSet(200)
    for i in range(0, 200, 2):
        evens.add(i)
    for i in range(0, 200, 3):
        threes.add(i)
    print("evens:", evens.count(), "threes:", threes.count())
    both = evens.intersection(threes)
    print("sixes:", both.count(), fmt(both.members()[:10]))
    either = evens.union(threes)
    print("union count:", either.count())
    for i in [0, 63, 64, 127, 128, 199]:
        evens.discard(i)
    print("after discard:", evens.count(), evens.contains(62), evens.contains(64), evens.contains(66))
    print("word 0 of threes:", str(threes.words[0]), "as signed:", intmask(threes.words[0]))
    print("high bit set in word:", str(r_uint(1) << 63), intmask(r_uint(1) << 63))
    return 0


def target(driver, args):
    return entry_point


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
