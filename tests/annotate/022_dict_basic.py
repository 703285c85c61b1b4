def lookup(d, key):  # reveal: (dict[str, int], str) -> int
    return d.get(key, -1)


def ensure(d, key, v):  # reveal: (dict[str, int], str, int) -> int
    return d.setdefault(key, v)


def take(d, key):  # reveal: (dict[str, int], str) -> int
    if key in d:
        return d.pop(key)
    return 0


def forget(d, key):  # reveal: (dict[str, int], str) -> None
    if key in d:
        del d[key]


def has(d, key):  # reveal: (dict[str, int], str) -> bool
    return key in d


def entry_point(argv):  # reveal: (list[str]) -> int
    n = len(argv)
    d = {}
    d[argv[0]] = n - 5
    d["one"] = 1
    r = lookup(d, argv[0]) + ensure(d, "k" + argv[0], n - 1)
    r += take(d, argv[0] + "k")
    forget(d, "one" + argv[0])
    if has(d, argv[0]):
        r += 1
    return r


def target(driver, args):
    return entry_point
