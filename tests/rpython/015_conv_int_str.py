"""int()/str() conversions: int(str), int(s, base), str(int), negative numbers, whitespace."""


def parse_all(texts):
    total = 0
    for t in texts:
        v = int(t)
        print("int(%r) = %d" % (t, v))
        total += v
    return total


def entry_point(argv):
    texts = ["0", "7", "-12", "  42  ", "+5", "123456789012345", "-9223372036854775808", "007", "-0"]
    print("total:", parse_all(texts))
    print("hex:", int("ff", 16), int("FF", 16), int("-7f", 16), int("0x1A", 16), int("deadbeef", 16))
    print("bin/oct:", int("1011", 2), int("777", 8), int("0o17", 8), int("0b110", 2))
    print("base36:", int("zz", 36), int("Hello", 36))
    print("base 0:", int("0x10", 0), int("0o10", 0), int("0b10", 0), int("10", 0))
    for v in [0, -1, 255, -255, 9223372036854775807, -9223372036854775807 - 1]:
        s = str(v)
        print("str(%d) = %s len=%d back=%d" % (v, s, len(s), int(s)))
    print("int of float strings via float:", int(float("3.75")), int(float("-3.75")))
    print("str(True)/str(False):", str(True), str(False), str(1 == 2))
    return 0


def target(driver, args):
    return entry_point


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
