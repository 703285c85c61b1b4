from rpython.rlib.objectmodel import compute_hash


def report(name, count, ratio):
    line = "%-8s|%5d|%05.1f%%|%x|%s|%r" % (name, count, ratio * 100.0, count, ratio, name)
    return line + "%d items" % count + "[%c]" % name[0]


def fstrings(name, count, ratio):
    return f"{name:>10}|{count:+d}|{count:#06x}|{ratio:.3e}|{ratio}|{count:,}"


def misc(n):
    h = compute_hash("key") + compute_hash((n, "x")) + compute_hash(1.5)
    return repr("a'b") + hex(n) + oct(n) + bin(n) + str(h)


def entry_point(argv):
    n = len(argv)
    print(report(argv[0], n, 0.5 * n))
    print(fstrings(argv[0], n, 2.0 / (n + 2)))
    print(misc(n))
    return 0


def target(driver, args):
    return entry_point
