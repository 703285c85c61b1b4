def squares(nums):  # reveal: (list[int]) -> list[int]
    return [x * x for x in nums]


def upper_all(words):  # reveal: (list[str]) -> list[str]
    return [w.upper() for w in words if w]


def pairs(n):  # reveal: (int(nonneg)) -> list[tuple[int, int]]
    return [(i - 1, i * 2 - 3) for i in range(n)]


def flatten(grid):  # reveal: (list[list[int]]) -> list[int]
    return [x for row in grid for x in row]


def entry_point(argv):  # reveal: (list[str]) -> int
    n = len(argv)
    nums = [n - 2, 3 - n]
    flat = flatten([squares(nums), nums])
    ps = pairs(len(argv[0]))
    words = upper_all(argv)
    return flat[0] + ps[0][1] - len(words)


def target(driver, args):
    return entry_point
