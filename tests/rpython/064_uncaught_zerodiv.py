"""Uncaught ZeroDivisionError from integer floor division by a divisor computed at run time."""


def entry_point(argv):
    x = 100
    d = len(argv) + 3
    while d >= 0:
        print("%d // %d = %d" % (x, d, x // d))
        d -= 1
        if d == 0:
            break
    print("now dividing by", d)
    print(x // d)
    return 0


def target(driver, args):
    return entry_point


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
