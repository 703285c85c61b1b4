"""List comprehensions with conditions, nested loops, over strings/ranges/lists; enumerate/zip/reversed."""


def fmt(lst):
    return "[" + ", ".join([str(x) for x in lst]) + "]"


def fmt_s(lst):
    return "[" + ", ".join(lst) + "]"


def fmt_f(lst):
    return "[" + ", ".join([str(x) for x in lst]) + "]"


def entry_point(argv):
    n = len(argv)
    squares = [i * i for i in range(10 * n)]
    print("squares:", fmt(squares))
    evens = [x for x in squares if x % 2 == 0]
    print("even squares:", fmt(evens))
    pairs = [i * 10 + j for i in range(1, 4) for j in range(3) if i != j]
    print("pairs:", fmt(pairs))
    upper = [c.upper() for c in "hello" if c != "l"]
    print("upper:", fmt_s(upper))
    lens = [len(w) for w in "a bb ccc dddd".split(" ")]
    print("lens:", fmt(lens))
    floats = [x * 0.5 for x in lens]
    print("floats:", fmt_f(floats))
    for i, w in enumerate(["zero", "one", "two"]):
        print(i, w)
    for a, b in zip([1, 2, 3], ["x", "y", "z", "extra"]):
        print(a, b)
    print("reversed:", fmt([x for x in reversed(squares[:5])]))
    total = sum([x for x in range(101)])
    print("sum 0..100:", total)
    print("any/all:", any([x > 80 for x in squares]), all([x >= 0 for x in squares]), any([False]), all([]))
    matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
    transposed = [[matrix[r][c] for r in range(3)] for c in range(3)]
    for row in transposed:
        print(fmt(row))
    print("list(range):", fmt(list(range(2, 12, 3))), fmt(list(range(5, 0, -2))))
    print("list(str):", fmt_s(list("abc")))
    return 0


def target(driver, args):
    return entry_point


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
