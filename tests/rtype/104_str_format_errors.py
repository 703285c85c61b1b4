def a(x):
    return "%d and %d" % x


def b(s):
    return "%d" % s


def c(x, y):
    return "%s" % (x, y)


def d(x):
    return "%5.2q" % x


def e(x):
    return f"{x:>5d}"


def f(fmt, x):
    return fmt % x


def entry_point(argv):
    n = len(argv)
    print(a(n), b(argv[0]), c(n, n), d(n), e(argv[0]), f(argv[0], n))
    return 0


def target(driver, args):
    return entry_point
