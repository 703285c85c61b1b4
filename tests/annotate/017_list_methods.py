def merged(a, b):  # reveal: (list[int], list[int]) -> list[int]
    out = []
    out.extend(a)
    out.extend(b)
    out.sort()
    return out


def backwards(lst):  # reveal: (list[str]) -> list[str]
    lst.reverse()
    return lst


def drop(lst, x):  # reveal: (list[int], int) -> None
    if x in lst:
        lst.remove(x)


def replace_first(lst, x):  # reveal: (list[int], int) -> None
    lst[0] = x
    del lst[len(lst) - 1]


def entry_point(argv):  # reveal: (list[str]) -> int
    n = len(argv)
    m = merged([n, n - 1], [3 - n])
    drop(m, n - 5)
    replace_first(m, 7 - n)
    names = backwards(argv[0].split("r"))
    return m[0] - len(names)


def target(driver, args):
    return entry_point
