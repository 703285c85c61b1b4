"""intmask wraps large products and sums to a signed 64-bit word."""
from rpython.rlib.rarithmetic import intmask, r_uint, LONG_BIT


def string_hash(s):
    h = 5381
    for c in s:
        h = intmask(h * 33 + ord(c))
    return h


def fnv(s):
    h = r_uint(0xcbf29ce484222325)
    for c in s:
        h = h ^ r_uint(ord(c))
        h = h * r_uint(0x100000001b3)
    return intmask(h)


def entry_point(argv):
    n = len(argv)
    big = 3037000500 * n           # sqrt(2**63) roughly
    print("big*big wrapped:", intmask(big * big))
    print("maxint+1 wrapped:", intmask(9223372036854775807 + n))
    print("minint-1 wrapped:", intmask(-9223372036854775807 - 1 - n))
    x = 1
    for i in range(70):
        x = intmask(x * 3)
    print("3**70 wrapped:", x)
    print("LONG_BIT:", LONG_BIT)
    for w in ["", "a", "hello", "hello world", "RPython-3 rocks"]:
        print("djb2(%s) = %d  fnv = %d" % (w, string_hash(w), fnv(w)))
    y = intmask(0x123456789ABCDEF0 * 0x10 * n)
    print("shifted:", y)
    print("intmask(r_uint(-1)) =", intmask(r_uint(-n)))
    print("intmask of 2**64 - 5:", intmask(r_uint(18446744073709551611)))
    return 0


def target(driver, args):
    return entry_point


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
