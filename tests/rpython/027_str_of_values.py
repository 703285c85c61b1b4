"""str()/repr() of ints, floats, bools, strs (with quotes and escapes), f-strings of values."""


def entry_point(argv):
    n = len(argv)
    print(str(0), str(-n), str(10 ** 12), str(3.0), str(-2.5), str(True), str(False))
    print(repr(n), repr(1.5), repr(True), repr("text"), repr("it's"), repr('say "hi"'))
    print(repr("tab\tnew\nline\\ back"), repr(""), repr("\x01\x7f"), repr("both ' and \""))
    b = n > 0
    print("bool:", b, not b, b and n == 1, b or False)
    print(f"{n} {n * 1.5} {b} {'quoted'} {str(n) + '!'}")
    print("%s %s %s %r" % (n, 2.0 * n, b, "r"))
    print("%d %d" % (True, False))
    parts = [str(i) + "/" + str(i * 0.5) for i in range(4)]
    print(", ".join(parts))
    print(str(n) + str(n) + str(n * 1.0))
    return 0


def target(driver, args):
    return entry_point


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
