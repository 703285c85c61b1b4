"""Shifts and bitwise operations on ints, including negative values."""
from rpython.rlib.rarithmetic import intmask


def popcount(x):
    c = 0
    while x:
        c += x & 1
        x >>= 1
    return c


def entry_point(argv):
    n = len(argv) + 4              # 5
    a = 0x5A5A + n
    b = 0x0FF0 - n
    print("a=%d b=%d" % (a, b))
    print("a&b=%d a|b=%d a^b=%d ~a=%d" % (a & b, a | b, a ^ b, ~a))
    print("a<<3=%d a>>3=%d" % (a << 3, a >> 3))
    neg = -a
    print("neg=%d neg>>1=%d neg>>4=%d neg&255=%d neg|1=%d" % (neg, neg >> 1, neg >> 4, neg & 255, neg | 1))
    print("~neg=%d neg^-1=%d" % (~neg, neg ^ -1))
    for i in range(0, 64, 7):
        # 1 << 63 does not fit a signed word: RPython ints wrap, so the
        # wrap is written explicitly for CPython to agree.
        print("1<<%d = %d" % (i, intmask(1 << i)))
    print("-1 >> 63 =", -n >> 63)
    print("popcounts:", popcount(a), popcount(b), popcount(255), popcount(1 << 40))
    print("hex/oct/bin:", hex(a), oct(b), bin(n), hex(-a))
    mask = (1 << 32) - 1
    print("low 32 bits of a<<20:", (a << 20) & mask)
    x = 1
    bits = []
    for i in range(10):
        x = (x << 1) | (i & 1)
        bits.append(str(x))
    print("built:", ",".join(bits))
    return 0


def target(driver, args):
    return entry_point


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
