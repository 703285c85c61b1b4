"""Unpacking a list (or str) into targets checks its length: ValueError with CPython's messages."""


def pair(lst):
    a, b = lst
    return a * 10 + b


def try_pair(lst):
    try:
        r = pair(lst)
        print("pair", len(lst), "->", r)
    except ValueError as e:
        print("pair", len(lst), "ValueError:", str(e))


def parse(line):
    key, value = line.split("=")
    return key + ":" + value


def entry_point(argv):
    n = len(argv)
    try_pair([3, 4])
    try_pair([1])
    try_pair([1, 2, 3])
    try_pair([])
    lst = [7] * (n + 2)
    try:
        x, y, z = lst
        print("three", x, y, z)
    except ValueError as e:
        print("three:", str(e))
    lst.append(8)
    try:
        x, y, z = lst
        print("three", x, y, z)
    except ValueError as e:
        print("three:", str(e))
    for line in ["a=1", "b=2", "noequals", "c=3=4"]:
        try:
            print(parse(line))
        except ValueError as e:
            print(line, "->", str(e))
    pairs = [[1, 2], [3, 4], [5, 6, 7]]
    total = 0
    try:
        for p, q in pairs:
            total += p * q
            print("running total", total)
    except ValueError as e:
        print("for loop:", str(e))
    # tuples are checked by the annotator: no run-time test needed
    t = (n, "x")
    i, s = t
    print("tuple", i, s)
    nested = ([n, n + 1], "y")
    (u, v), w = nested
    print("nested", u, v, w)
    word = "ok" if n > 0 else "no!"
    try:
        c1, c2 = word
        print("chars", c1, c2)
    except ValueError as e:
        print("chars:", str(e))
    try:
        c1, c2 = word + "?"
        print("chars", c1, c2)
    except ValueError as e:
        print("chars:", str(e))
    return 0


def target(driver, args):
    return entry_point


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
