"""Integer arithmetic: + - * // % ** and mixed expressions with run-time values."""


def compute(a, b):
    print("a+b=%d a-b=%d a*b=%d" % (a + b, a - b, a * b))
    print("a//b=%d a%%b=%d" % (a // b, a % b))
    print("neg: %d abs: %d" % (-a, abs(a - b * 7)))
    return a * 3 - b * 2 + 1


def powers(n):
    r = 1
    out = []
    for i in range(n):
        out.append(str(r))
        r = r * 3
    return " ".join(out)


def entry_point(argv):
    base = len(argv) + 40          # 41 at run time
    other = len(argv) + 6          # 7
    r = compute(base, other)
    print("compute ->", r)
    print("powers of 3:", powers(12))
    x = 2 ** 10 + base ** 2
    print("2**10 + base**2 =", x)
    total = 0
    i = 0
    while i < 100:
        total += i * i - 3 * i
        i += 1
    print("sum i*i-3i for i<100 = " + str(total))
    acc = 1
    for k in range(1, 16):
        acc = acc * k % 1000003
    print("15! mod 1000003 = %d" % acc)
    print("divmod(%d, %d) = %d, %d" % (base, other, divmod(base, other)[0], divmod(base, other)[1]))
    print("min/max:", min(base, other), max(base, other), min(3, base, -4), max(-1, -base))
    return 0


def target(driver, args):
    return entry_point


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
