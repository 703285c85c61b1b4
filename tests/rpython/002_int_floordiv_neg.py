"""Floor division and modulo with negative operands follow Python semantics."""


def table(values, divisors):
    for a in values:
        parts = []
        for b in divisors:
            parts.append("%d//%d=%d %d%%%d=%d" % (a, b, a // b, a, b, a % b))
        print(" | ".join(parts))


def check_identity(a, b):
    q = a // b
    r = a % b
    ok = q * b + r == a
    if b > 0:
        ok = ok and 0 <= r < b
    else:
        ok = ok and b < r <= 0
    return ok


def entry_point(argv):
    n = len(argv)                  # 1
    values = [7 * n, -7 * n, 0, 1, -1, 13, -13, 100 * n, -100 * n]
    divisors = [3, -3, 7, -7, 1]
    table(values, divisors)
    bad = 0
    for a in range(-50, 51):
        for b in [-9, -4, -1, 1, 2, 5, 11]:
            if not check_identity(a, b):
                bad += 1
    print("identity failures:", bad)
    big = -9223372036854775807 + n - 1
    print("big // 10 =", big // 10, "big % 10 =", big % 10)
    print("big // -10 =", big // -10, "big % -10 =", big % -10)
    print("-1 // 2 = %d, -1 %% 2 = %d" % (-n // 2, -n % 2))
    print("true division: %s %s %s" % (str(7 / 2), str(-7 / 2), str(-n / 4)))
    return 0


def target(driver, args):
    return entry_point


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
