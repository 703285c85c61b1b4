"""Dict-heavy: int and str keys, updates, lookups, deletion and iteration."""


def int_dict(n):
    d = {}
    for i in range(n):
        d[i * 7 % 100003] = i
    total = 0
    for i in range(n):
        total += d.get(i, -1)
    for k in list(d.keys())[: n // 2]:
        del d[k]
    return total + len(d)


def word_counts(n):
    counts = {}
    for i in range(n):
        w = "k" + str(i % 5000)
        counts[w] = counts.get(w, 0) + 1
    best = 0
    for k, v in counts.items():
        if v > best:
            best = v
    return best + len(counts)


def entry_point(argv):
    total = 0
    for r in range(5):
        total += int_dict(300000) + word_counts(300000)
    print(total)
    return 0


def target(driver, args):
    return entry_point


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
