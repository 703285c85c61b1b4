"""Dicts keyed by tuples (int,int) and (str,int): sparse grid, memoised grid paths, pairs counting."""


class Paths(object):
    def __init__(self):
        self.memo = {}

    def count(self, r, c):
        if r == 0 or c == 0:
            return 1
        key = (r, c)
        if key in self.memo:
            return self.memo[key]
        v = self.count(r - 1, c) + self.count(r, c - 1)
        self.memo[key] = v
        return v


def entry_point(argv):
    grid = {}
    for i in range(5):
        grid[(i, i)] = "\\"
        grid[(i, 4 - i)] = "/"
    grid[(2, 2)] = "X"
    for y in range(5):
        row = ""
        for x in range(5):
            row += grid.get((y, x), ".")
        print(row)
    p = Paths()
    for n in [1, 2, 5, 10, 16]:
        print("lattice paths %dx%d = %d" % (n, n, p.count(n, n)))
    print("memo size:", len(p.memo))
    text = "abracadabra"
    bigrams = {}
    for i in range(len(text) - 1):
        k = (text[i], i % 2)
        bigrams[k] = bigrams.get(k, 0) + 1
    for k, v in bigrams.items():
        print("(%s,%d) -> %d" % (k[0], k[1], v))
    print("has (a,0):", ("a", 0) in bigrams, "has (z,1):", ("z", 1) in bigrams)
    del grid[(0, 0)]
    print("grid size after del:", len(grid))
    return 0


def target(driver, args):
    return entry_point


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
