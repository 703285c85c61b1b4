"""@specialize.memo (computed per constant argument at translation time) and @specialize.arg (per constant value)."""
from rpython.rlib.objectmodel import specialize


class Red(object):
    NAME = "red"


class Green(object):
    NAME = "green"


@specialize.memo()
def table_for(cls):
    # executed once per constant class, result is a prebuilt constant
    return [cls.NAME + str(i) for i in range(3)]


@specialize.memo()
def squares_upto(n):
    return [i * i for i in range(n)]


@specialize.arg(1)
def convert(value, mode):
    if mode == "hex":
        return "%x" % value
    elif mode == "oct":
        return "%o" % value
    elif mode == "bin":
        s = ""
        v = value
        while v > 0:
            s = str(v & 1) + s
            v >>= 1
        return s or "0"
    return str(value)


@specialize.arg(0)
def make(cls):
    return cls()


def entry_point(argv):
    n = len(argv)
    print(",".join(table_for(Red)), ",".join(table_for(Green)))
    print(" ".join([str(x) for x in squares_upto(6)]), len(squares_upto(10)))
    for v in [0, 5 * n, 255, 1000]:
        print(v, convert(v, "hex"), convert(v, "oct"), convert(v, "bin"), convert(v, "dec"))
    print(make(Red).NAME, make(Green).NAME)
    return 0


def target(driver, args):
    return entry_point


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
