"""Sized integer types r_int32, r_uint32, r_int16, r_uint8, r_int8 wrap at their width."""
from rpython.rlib.rarithmetic import r_int32, r_uint32, r_int16, r_uint16, r_uint8, r_int8, widen, intmask


def entry_point(argv):
    n = len(argv)
    a = r_int32(2147483647)
    b = a + r_int32(n)
    print("int32 max + 1 =", widen(b))
    c = r_int32(-2147483647) - r_int32(2 * n)
    print("int32 min - 1 =", widen(c))
    m = r_int32(65536) * r_int32(65536 * n)
    print("int32 65536*65536 =", widen(m))
    m2 = r_int32(50000) * r_int32(50000 * n)
    print("int32 50000*50000 =", widen(m2))
    u = r_uint32(0) - r_uint32(n)
    print("uint32 0-1 =", widen(u))
    u2 = r_uint32(4000000000) + r_uint32(500000000 * n)
    print("uint32 4e9+5e8 =", widen(u2))
    print("uint32 >> 4 =", widen(u >> 4), "<< 8 =", widen(u << 8))
    s = r_int16(32767) + r_int16(n)
    print("int16 32767+1 =", widen(s))
    us = r_uint16(65535) + r_uint16(n * 2)
    print("uint16 65535+2 =", widen(us))
    b8 = r_uint8(250)
    out = []
    for i in range(10):
        b8 = b8 + r_uint8(n)
        out.append(str(widen(b8)))
    print("uint8 counting:", " ".join(out))
    s8 = r_int8(120)
    out = []
    for i in range(12):
        s8 = s8 + r_int8(n)
        out.append(str(widen(s8)))
    print("int8 counting:", " ".join(out))
    x = r_uint32(0x12345678)
    rot = (x << 8) | (x >> 24)
    print("rotl8(0x12345678) = %x" % intmask(widen(rot)))
    print("compare int32:", r_int32(-5) < r_int32(3), "compare uint32:", r_uint32(-5) < r_uint32(3))
    h = r_uint32(2166136261)
    for ch in "sized ints":
        h = (h ^ r_uint32(ord(ch))) * r_uint32(16777619)
    print("fnv1a-32 =", widen(h))
    return 0


def target(driver, args):
    return entry_point


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
