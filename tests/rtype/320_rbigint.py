from rpython.rlib.rbigint import rbigint


class Box(object):
    def __init__(self, num):
        self.num = num


def entry_point(argv):
    a = rbigint.fromint(len(argv)).lshift(70)
    b = rbigint.fromstr("-12345678901234567890", 10)
    box = Box(a.mul(b))
    q, r = box.num.divmod(b.int_add(7))
    print(q.str(), r.hex(), a.lt(b), b.int_ge(0), a.pow(rbigint.fromint(3), b).tofloat())
    try:
        print(b.toint())
    except OverflowError:
        print("too big")
    return 0


def target(driver, args):
    return entry_point


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
