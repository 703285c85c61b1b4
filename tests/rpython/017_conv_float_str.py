"""float() of strings and str()/repr() back; int() truncation of floats; round-trips."""


def entry_point(argv):
    texts = ["0", "1", "-1", "3.14", "1e10", "1E-3", "  2.5 ", "123456789.987654321",
             "1e308", "1e-320", "-0", "0.1", "6.02214076e23", "+7.25", "-1000.5"]
    for t in texts:
        f = float(t)
        if -1e18 < f < 1e18:
            print("%-24s -> %-24s int=%d" % ("float(" + repr(t) + ")", repr(f), int(f)))
        else:
            print("%-24s -> %-24s (too big for int)" % ("float(" + repr(t) + ")", repr(f)))
    acc = 0.0
    for i in range(1, 11):
        acc += float(str(i)) / 8.0
        print("acc", i, str(acc), float(repr(acc)) == acc)
    print("int(-0.5):", int(-0.5), "int(0.99999):", int(0.99999), "int(1e18):", int(1e18))
    print("int('  -00012  '):", int("  -00012  "))
    print("str(float(int)):", str(float(10 ** 15)), str(float(-12)))
    return 0


def target(driver, args):
    return entry_point


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
