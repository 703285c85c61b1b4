def weighted(lst):  # reveal: (list[int]) -> int
    total = 0
    for i, x in enumerate(lst):
        total += i * x
    return total


def dot(a, b):  # reveal: (list[int], list[float]) -> float
    s = 0.0
    for x, y in zip(a, b):
        s += x * y
    return s


def backwards(words):  # reveal: (list[str]) -> str
    out = ""
    for w in reversed(words):
        out += w
    return out


def labelled(words):  # reveal: (list[str]) -> list[str]
    return [str(i) + ":" + w for i, w in enumerate(words)]


def entry_point(argv):  # reveal: (list[str]) -> int
    n = len(argv)
    ints = [n - 1, 2 - n, n * 3]
    floats = [0.5, n * 1.5]
    r = weighted(ints) + int(dot(ints, floats))
    words = labelled(argv)
    return r + len(backwards(words)) - 7


def target(driver, args):
    return entry_point
