"""Tuples: returning multiple values, unpacking, swapping, tuples in lists, tuple equality and ordering."""


def min_max_sum(values):
    lo = values[0]
    hi = values[0]
    s = 0
    for v in values:
        if v < lo:
            lo = v
        if v > hi:
            hi = v
        s += v
    return lo, hi, s


def divide(a, b):
    return (a // b, a % b)


def parse_pair(s):
    parts = s.split("=")
    return parts[0].strip(), int(parts[1])


def entry_point(argv):
    lo, hi, s = min_max_sum([4, -2, 9, 7, 0, 3])
    print("min=%d max=%d sum=%d" % (lo, hi, s))
    t = min_max_sum([10, 20])
    print("tuple fields:", t[0], t[1], t[2], len(t))
    q, r = divide(-17, 5)
    print("divide:", q, r)
    a = 1
    b = 2
    a, b = b, a
    print("swapped:", a, b)
    x, y, z = 1, "two", 3.0
    print("mixed:", x, y, z)
    pairs = [parse_pair(p) for p in "a = 1, bb=22 , c=333".split(",")]
    for name, val in pairs:
        print("pair:", name, val)
    pairs.append(("d", 4))
    print("tuple in list:", pairs[-1][0], pairs[-1][1], len(pairs))
    print("equality:", (1, 2) == (1, 2), (1, 2) != (1, 3), ("a", 1) == ("a", 1))
    nested = ((1, 2), (3, (4, 5)))
    print("nested:", nested[0][1], nested[1][1][0], nested[1][1][1])
    fib = (0, 1)
    for i in range(10):
        fib = (fib[1], fib[0] + fib[1])
    print("fib via tuple:", fib[0], fib[1])
    empty = ()
    print("empty tuple len:", len(empty))
    return 0


def target(driver, args):
    return entry_point


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
