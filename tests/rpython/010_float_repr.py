"""repr/str of many float values (shortest round-trip repr)."""


def entry_point(argv):
    n = float(len(argv))           # 1.0
    values = [0.1 * n, 1.0 / 3.0 * n, 2.0 / 3.0, 1e16 * n, 1e15, 1e-5, 1e-4 * n, 0.0001,
              -0.0 * n, 0.0, 2.5e-300, 1.7976931348623157e308, 5e-324,
              123456789012345678.0, 1e22, 1e23, 0.5, -1.5, 100.0, 3.14159,
              2.0 ** 53, 2.0 ** 53 + 1.0, 9007199254740993.0, 1.0e-10, 123.456e5,
              0.30000000000000004, 1.1 * 1.1, 1e300 * 10.0]
    for v in values:
        print(repr(v), str(v))
    for i in [1, 7, 12345, 99999999, 10 ** 15, 10 ** 16, 10 ** 17, 2 ** 62, -(2 ** 63)]:
        f = float(i)
        print("float(%d) = %s" % (i, str(f)))
    x = n
    for k in range(8):
        x = x / 7.0
        print("1/7**%d = %s" % (k + 1, repr(x)))
    print(f"{0.1 + 0.2}", f"{1.0 / 3.0 * n}", f"{2.5e-300}")
    print("%r %s" % (0.1 * n, 1e-7))
    print(str(-0.0), str(1e16), str(1e-5))
    return 0


def target(driver, args):
    return entry_point


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
