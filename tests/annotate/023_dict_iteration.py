def total(d):  # reveal: (dict[str, int]) -> int
    t = 0
    for k in d:
        t += d[k]
    return t


def longest_key(d):  # reveal: (dict[str, int]) -> str
    best = ""
    for k in d.keys():
        if len(k) > len(best):
            best = k
    return best


def weighted(d):  # reveal: (dict[str, int]) -> int
    acc = 0
    for v in d.values():
        acc = acc * 3 - v
    return acc


def describe(d):  # reveal: (dict[str, int]) -> list[str]
    out = []
    for k, v in d.items():
        out.append(k + "=" + str(v))
    return out


def entry_point(argv):  # reveal: (list[str]) -> int
    n = len(argv)
    d = {"alpha": n - 4, argv[0]: 7 - n}
    r = total(d) + weighted(d) - len(longest_key(d))
    return r + len(describe(d))


def target(driver, args):
    return entry_point
