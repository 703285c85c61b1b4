def first_two(lst):  # reveal: (list[int]) -> list[int]
    return lst[:2]


def rest(lst, n):  # reveal: (list[int], int(nonneg)) -> list[int]
    return lst[n:]


def doubled(lst):  # reveal: (list[int]) -> list[int]
    return lst * 2


def concat(a, b):  # reveal: (list[int], list[int]) -> list[int]
    return a + b


def has(lst, x):  # reveal: (list[int], int) -> bool
    return x in lst


def choose(flag, n):  # reveal: (bool, int) -> list[int]
    if flag:
        lst = [n]
    else:
        lst = []
    lst.append(n - 1)
    return lst


def entry_point(argv):  # reveal: (list[str]) -> int
    n = len(argv)
    lst = [n - 3, n, 5 - n]
    a = first_two(lst)
    b = rest(lst, n)
    c = concat(doubled(a), b)
    c = concat(c, choose(n > 2, n - 4))
    if has(c, n - 2):
        return len(c)
    return -len(c)


def target(driver, args):
    return entry_point
