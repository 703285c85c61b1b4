"""Dicts with int keys (incl. negative and large) and float values; memoised collatz lengths."""


class Memo(object):
    def __init__(self):
        self.cache = {1: 1}


def collatz_len(memo, n):
    if n in memo.cache:
        return memo.cache[n]
    if n % 2 == 0:
        r = 1 + collatz_len(memo, n // 2)
    else:
        r = 1 + collatz_len(memo, 3 * n + 1)
    memo.cache[n] = r
    return r


def entry_point(argv):
    memo = Memo()
    best = 0
    best_n = 0
    for n in range(1, 3000):
        l = collatz_len(memo, n)
        if l > best:
            best = l
            best_n = n
    print("longest collatz below 3000:", best_n, best)
    print("cache size:", len(memo.cache))
    d = {}
    for k in [-5, 0, 7, 1 << 40, -(1 << 50), 3, 7]:
        d[k] = k * 0.5
    for k, v in d.items():
        print(k, v)
    sq = {}
    for i in range(-3, 4):
        sq[i * i] = sq.get(i * i, 0) + 1
    print("square multiplicities:", " ".join(["%d:%d" % (k, v) for k, v in sq.items()]))
    inverse = {}
    for k, v in {1: 10, 2: 20, 3: 30}.items():
        inverse[v] = k
    print("inverse[20] =", inverse[20], 30 in inverse, 3 in inverse)
    return 0


def target(driver, args):
    return entry_point


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
