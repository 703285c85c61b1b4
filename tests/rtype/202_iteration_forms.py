# Iteration forms: enumerate, zip, reversed (list, str, range), tuples,
# bytes, dict views iterated twice, and a dict changing size during
# iteration (RuntimeError as in CPython).


def forms(names, data):
    for i, name in enumerate(names):
        print(i, name)
    for a, b in zip(names, [10, 20]):
        print(a, b)
    for x in reversed(names):
        print(x)
    for c in reversed("abc"):
        print(c)
    for k in reversed(range(1, 10, 3)):
        print(k)
    for k in reversed(range(5, 0, -2)):
        print(k)
    for v in (3, 1, 2):
        print(v)
    for b in data:
        print(b)
    for i, c in enumerate("xy"):
        print(i, c)


def views():
    d = {1: "one", 2: "two"}
    ks = d.keys()
    for k in ks:
        print(k)
    for k in ks:
        print(k)
    for i, (k, v) in enumerate(d.items()):
        print(i, k, v)
    for i, k in enumerate(d):
        print(i, k)
    for k, c in zip(d, "xyz"):
        print(k, c)
    try:
        for k in d:
            d[k + 10] = "more"
    except RuntimeError:
        print("changed size")


def entry_point(argv):
    forms(["p", "q", "r"], b"AB")
    views()
    return 0


def target(driver, args):
    return entry_point
