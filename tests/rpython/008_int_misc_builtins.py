"""Builtins on ints: abs, min, max, divmod, pow via **, hex/oct/bin, bool(int), int comparisons chains."""


def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif 10 <= n < 100:
        return "medium"
    return "large"


def gcd(a, b):
    while b:
        a, b = b, a % b
    return a


def isqrt(n):
    if n < 2:
        return n
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x


def entry_point(argv):
    n = len(argv)
    for v in [-5 * n, 0, 3, 42, 1000]:
        print(v, classify(v), abs(v), bool(v), hex(v), oct(v), bin(v))
    print("gcd:", gcd(1071 * n, 462), gcd(17, 5), gcd(0, 9))
    for v in [0, 1, 15, 16, 17, 99, 100, 1000000, 999999999999]:
        print("isqrt(%d) = %d" % (v, isqrt(v * n)))
    q, r = divmod(-17 * n, 5)
    print("divmod(-17, 5) =", q, r)
    print("max of list:", max(3, 9 * n, 4), "min:", min(-2, 8, -20 * n))
    print("3**4 =", 3 ** (4 * n), "(-2)**5 =", (-2) ** 5, "10**18 =", 10 ** 18)
    print("chain:", 1 < 2 * n < 3, 1 < n < 3, n == 1 == n)
    print("int(True) + 1 =", int(n == 1) + 1)
    count = 0
    for i in range(1, 1000):
        if i % 3 == 0 or i % 5 == 0:
            count += i
    print("euler1:", count)
    return 0


def target(driver, args):
    return entry_point


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
