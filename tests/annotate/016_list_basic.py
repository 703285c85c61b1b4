def build(n):  # reveal: (int(nonneg)) -> list[int]
    out = []
    for i in range(n):
        out.append(i - 1)
        out.append(i * 2 - 5)
    return out


def pop_last(lst):  # reveal: (list[int]) -> int
    return lst.pop()


def pop_front(lst):  # reveal: (list[int]) -> int
    return lst.pop(0)


def put_front(lst, x):  # reveal: (list[int], int) -> None
    lst.insert(0, x)


def has(lst, x):  # reveal: (list[int], int) -> bool
    return x in lst


def size(lst):  # reveal: (list[int]) -> int(nonneg)
    return len(lst)


def entry_point(argv):  # reveal: (list[str]) -> int
    n = len(argv)
    lst = build(n)
    put_front(lst, n - 10)
    a = pop_last(lst)
    b = pop_front(lst)
    if has(lst, a):
        b += 1
    return a + b + size(lst) + lst.index(lst[0])


def target(driver, args):
    return entry_point
