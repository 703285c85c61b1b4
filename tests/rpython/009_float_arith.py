"""Float arithmetic: + - * / // %, int/float mixing, conversions, comparisons."""


def mean(values):
    total = 0.0
    for v in values:
        total += v
    return total / len(values)


def horner(coeffs, x):
    r = 0.0
    for c in coeffs:
        r = r * x + c
    return r


def entry_point(argv):
    n = len(argv)
    a = 7.5 * n
    b = -2.25
    print("a+b", a + b, "a-b", a - b, "a*b", a * b, "a/b", a / b)
    print("a//b", a // b, "a%b", a % b, "-a%b", -a % b, "a//2", a // 2)
    print("int mix", a + n, n * 0.1, 3 / 4, n / 3)
    print("mean", mean([1.0, 2.5, 3.25, -4.0, 10.0 * n]))
    print("horner", horner([2.0, -3.0, 0.5, 1.0], 1.5 * n))
    x = 0.0
    for i in range(10):
        x += 0.1
    print("0.1 summed 10 times:", x, x == 1.0, abs(x - 1.0) < 1e-9)
    print("int(3.99) =", int(3.99 * n), "int(-3.99) =", int(-3.99 * n))
    print("float(7) =", float(7 * n), "float(-0) =", float(0) * -1.0)
    print("cmp:", a > b, a < b, a == 7.5, 1.0 == n, 2 > 1.5)
    print("abs:", abs(b), "max:", max(a, b), "min:", min(a, b))
    print("pow:", a ** 2, 2.0 ** -3, 9.0 ** 0.5)
    y = 1.0
    for i in range(60):
        y *= 2.0
    print("2**60 as float:", y, int(y))
    print("large products:", 1e200 * 1e200 * n > 1e308, -1e200 * 1e200 < -1e308)
    print("round-trip int:", int(float(123456789 * n)))
    return 0


def target(driver, args):
    return entry_point


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
