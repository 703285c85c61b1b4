def zeros(n):  # reveal: (int(nonneg)) -> list[int]
    lst = [0] * n
    for i in range(n):
        lst[i] = i - 2
    return lst


def filled(n, s):  # reveal: (int(nonneg), str) -> list[str]
    return [s] * n


def counts(text):  # reveal: (str) -> list[int]
    table = [0] * 256
    for c in text:
        table[ord(c) & 255] -= 1
    return table


def entry_point(argv):  # reveal: (list[str]) -> int
    n = len(argv)
    z = zeros(len(argv[0]))
    f = filled(n, argv[0])
    t = counts(argv[0])
    return z[0] + t[112] - len(f)


def target(driver, args):
    return entry_point
