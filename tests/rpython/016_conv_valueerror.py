"""int()/float() of bad input raise ValueError, caught at the call site."""


def try_int(s):
    try:
        v = int(s)
    except ValueError:
        print("int(%r): ValueError" % s)
        return -1
    print("int(%r) = %d" % (s, v))
    return v


def try_int_base(s, base):
    try:
        v = int(s, base)
    except ValueError:
        print("int(%r, %d): ValueError" % (s, base))
        return -1
    print("int(%r, %d) = %d" % (s, base, v))
    return v


def try_float(s):
    try:
        v = float(s)
    except ValueError:
        print("float(%r): ValueError" % s)
        return -1.0
    print("float(%r) = %s" % (s, str(v)))
    return v


def entry_point(argv):
    total = 0
    for s in ["12", "", " ", "12a", "1.5", "--3", "0x10", "  -8 ", "+", "9" * 5]:
        total += try_int(s)
    for s, b in [("zz", 16), ("ff", 16), ("102", 2), ("101", 2), ("8", 8), ("777", 8), ("g", 17)]:
        total += try_int_base(s, b)
    ftotal = 0.0
    for s in ["1.5", "-2e3", "abc", "", "1e", "  3.25  ", "inf", "-nan", ".5", "5.", "1.2.3"]:
        v = try_float(s)
        if v == v and v - v == 0.0:
            ftotal += v
    print("totals:", total, ftotal)
    return 0


def target(driver, args):
    return entry_point


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
