"""A hand-written atoi with ovfcheck overflow detection, plus checked sum/product over parsed values."""
from rpython.rlib.rarithmetic import ovfcheck


class ParseError(Exception):
    def __init__(self, msg):
        self.msg = msg


def atoi(s):
    s = s.strip()
    if not s:
        raise ParseError("empty")
    neg = False
    i = 0
    if s[0] == "-" or s[0] == "+":
        neg = s[0] == "-"
        i = 1
    if i >= len(s):
        raise ParseError("sign only")
    r = 0
    while i < len(s):
        c = s[i]
        if not c.isdigit():
            raise ParseError("bad digit %r" % c)
        d = ord(c) - ord("0")
        try:
            r = ovfcheck(r * 10)
            if neg:
                r = ovfcheck(r - d)
            else:
                r = ovfcheck(r + d)
        except OverflowError:
            raise ParseError("overflow")
        i += 1
    return r


def checked_product(values):
    p = 1
    for v in values:
        try:
            p = ovfcheck(p * v)
        except OverflowError:
            return -1
    return p


def entry_point(argv):
    good = []
    for s in ["0", "42", "-17", " +99 ", "9223372036854775807", "-9223372036854775808",
              "9223372036854775808", "-9223372036854775809", "", "-", "12x", "00012"]:
        try:
            v = atoi(s)
            good.append(v)
            print("atoi(%r) = %d" % (s, v))
        except ParseError as e:
            print("atoi(%r) failed: %s" % (s, e.msg))
    print("product of small:", checked_product([2, 3, 5, 7, 11, 13]))
    print("product overflow:", checked_product([1 << 20, 1 << 20, 1 << 20, 1 << 5]))
    print("product fits:", checked_product([1 << 20, 1 << 20, 1 << 20, 1 << 2]))
    return 0


def target(driver, args):
    return entry_point


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
