"""argv handling: parse integers and floats from the command line, report statistics; usage error exit code 2."""


def entry_point(argv):
    if len(argv) < 2:
        print("usage: %s NUMBERS..." % argv[0])
        return 2
    print("argc:", len(argv))
    ints = []
    floats = []
    bad = []
    for arg in argv[1:]:
        try:
            ints.append(int(arg))
            continue
        except ValueError:
            pass
        try:
            floats.append(float(arg))
        except ValueError:
            bad.append(arg)
    print("ints:", " ".join([str(i) for i in ints]))
    print("floats:", " ".join([str(f) for f in floats]))
    print("bad:", ",".join(bad))
    s = 0
    for i in ints:
        s += i
    fs = 0.0
    for f in floats:
        fs += f
    print("int sum:", s, "float sum:", fs, "mean of all: %.4f" % ((s + fs) / (len(ints) + len(floats))))
    if len(bad) > 0:
        return 3
    return 0


def target(driver, args):
    return entry_point


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
