def make_table(n):  # reveal: (int(nonneg)) -> dict[tuple[int, int], str]
    table = {}
    for i in range(n):
        for j in range(n):
            table[(i - 1, j - 1)] = str(i * j)
    return table


def get_cell(table, x, y):  # reveal: (dict[tuple[int, int], str], int, int) -> str
    return table.get((x, y), "")


def has_cell(table, key):  # reveal: (dict[tuple[int, int], str], tuple[int, int]) -> bool
    return key in table


def entry_point(argv):  # reveal: (list[str]) -> int
    n = len(argv)
    t = make_table(len(argv[0]))
    s = get_cell(t, n - 2, 3 - n)
    if has_cell(t, (n - 1, 1 - n)):
        return len(s)
    return -len(s)


def target(driver, args):
    return entry_point
