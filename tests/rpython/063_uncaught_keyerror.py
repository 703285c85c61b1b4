"""Uncaught KeyError from a missing str key at the end of the program."""


def entry_point(argv):
    d = {}
    for w in "red green blue".split():
        d[w] = len(w)
    for k in d:
        print(k, d[k])
    key = "miss" + "ing"
    print("looking up", key)
    v = d[key]
    print("not reached", v)
    return 0


def target(driver, args):
    return entry_point


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
