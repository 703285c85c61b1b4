"""Nested functions capturing only compile-time constants: factories run at import time, helpers defined inside entry_point."""


def make_adder(k):
    def add(x):
        return x + k
    return add


def make_formatter(prefix, width):
    def fmt(s):
        return prefix + s.rjust(width)
    return fmt


ADD5 = make_adder(5)
ADD100 = make_adder(100)
FMT = make_formatter("> ", 8)
LIMIT = 12


def entry_point(argv):
    def clamp(x):
        # captures only the module constant LIMIT
        if x > LIMIT:
            return LIMIT
        return x

    def double(x):
        return x * 2

    n = len(argv)
    print(ADD5(n), ADD100(n), ADD5(ADD100(n)))
    print(FMT("abc"))
    print(FMT(str(ADD5(37))))
    print(" ".join([str(clamp(double(i))) for i in range(10)]))
    return 0


def target(driver, args):
    return entry_point


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
