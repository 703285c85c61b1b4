def clamp(x, lo=0, hi=100):  # reveal: (int, int, int) -> int
    if x < lo:
        return lo
    if x > hi:
        return hi
    return x


def greet(name, greeting="hello", punct="!"):  # reveal: (str, str, str) -> str
    return greeting + ", " + name + punct


def make_point(x, y=0.0):  # reveal: (float, float) -> tuple[float, float]
    return (x, y)


def entry_point(argv):  # reveal: (list[str]) -> int
    n = len(argv)
    r = clamp(n - 5) + clamp(n * 3, lo=n - 10) + clamp(hi=50 - n, x=n * 70)
    s = greet(argv[0]) + greet(argv[0], punct="?!") + greet(greeting=argv[0], name="bob")
    p = make_point(n * 2.0)
    q = make_point(y=n * 1.5, x=n * 0.5)
    return r + len(s) + int(p[0] + q[1])


def target(driver, args):
    return entry_point
