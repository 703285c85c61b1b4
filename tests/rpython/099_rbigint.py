"""rpython.rlib.rbigint: arbitrary-precision factorials, powers, fibonacci, division, string conversions."""
from rpython.rlib.rbigint import rbigint


def factorial(n):
    r = rbigint.fromint(1)
    for i in range(2, n + 1):
        r = r.int_mul(i)
    return r


def fib(n):
    a = rbigint.fromint(0)
    b = rbigint.fromint(1)
    for i in range(n):
        c = a.add(b)
        a = b
        b = c
    return a


def digit_sum(x):
    s = 0
    for c in x.str():
        s += ord(c) - ord("0")
    return s


def entry_point(argv):
    f30 = factorial(30)
    print("30! =", f30.str())
    f50 = factorial(50)
    print("50! =", f50.str(), "digits:", len(f50.str()), "digit sum:", digit_sum(f50))
    print("fib(100) =", fib(100).str())
    two = rbigint.fromint(2)
    p = two.pow(rbigint.fromint(200))
    print("2**200 =", p.str())
    print("hex:", p.hex(), "bit_length:", p.bit_length())
    q, r = f50.divmod(f30)
    print("50!/30! =", q.str(), "rem:", r.str())
    big = rbigint.fromstr("-123456789012345678901234567890")
    print("parsed:", big.str(), "abs:", big.abs().str(), "neg:", big.neg().str())
    print("compare:", big.lt(p), p.gt(f50), f30.eq(factorial(30)))
    small = rbigint.fromint(123456789)
    print("toint:", small.int_mul(3).toint(), "tofloat:", f30.tofloat())
    try:
        f30.toint()
        print("fits?!")
    except OverflowError:
        print("30! does not fit in a machine word")
    print("mod:", p.int_mod(1000007).str(), "floordiv neg:", big.int_floordiv(7).str())
    print("sub:", f30.sub(f30.int_add(1)).str(), "shift:", two.lshift(70).rshift(3).str())
    return 0


def target(driver, args):
    return entry_point


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
