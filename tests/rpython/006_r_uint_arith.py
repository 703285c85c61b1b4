"""r_uint arithmetic: wraparound, contagion with int, division, comparisons."""
from rpython.rlib.rarithmetic import r_uint, intmask


def show(label, x):
    print("%s = %d" % (label, intmask(x)), "unsigned:", str(x))


def entry_point(argv):
    n = len(argv)                   # 1
    a = r_uint(n)
    zero = a - r_uint(1)
    show("0u", zero)
    under = zero - r_uint(1)        # wraps to 2**64-1
    print("0u - 1u =", str(under))
    print("as int:", intmask(under))
    b = r_uint(3) - 5 * n           # int is converted, result unsigned
    print("3u - 5 =", str(b))
    c = under + r_uint(2)
    print("max + 2 =", str(c))
    big = r_uint(0x8000000000000000) * r_uint(n)
    print("2**63 as r_uint =", str(big), "doubled:", str(big * r_uint(2)), "plus:", str(big + big - r_uint(1)))
    print("big // 3 =", str(big // r_uint(3)), "big % 7 =", str(big % r_uint(7)))
    print("under >> 60 =", str(under >> 60), "under << 4 =", str(under << 4))
    print("under & 0xff =", str(under & r_uint(0xff)), "xor:", str(under ^ r_uint(0xf0f0)))
    # comparisons are unsigned
    print("under > 1:", under > r_uint(1), "big > 5:", big > r_uint(5))
    print("r_uint(-1) > r_uint(0):", r_uint(-n) > r_uint(0))
    print("eq:", r_uint(7) == r_uint(7 * n), "ne:", r_uint(7) != r_uint(8))
    # intmask of a large unsigned value is negative
    print("intmask(big) =", intmask(big))
    # multiplicative hash with wraparound
    h = r_uint(0)
    for i in range(20):
        h = h * r_uint(2654435761) + r_uint(i * n)
    print("hash =", str(h), "low16 =", intmask(h & r_uint(0xffff)))
    total = r_uint(0)
    for i in range(10):
        total -= r_uint(i)
    print("0 - sum(0..9) =", str(total))
    return 0


def target(driver, args):
    return entry_point


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
