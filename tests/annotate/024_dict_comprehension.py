def index_words(words):  # reveal: (list[str]) -> dict[str, int]
    return {w: len(w) - 1 for w in words}


def invert(d):  # reveal: (dict[str, int]) -> dict[int, str]
    return {v: k for k, v in d.items()}


def squares_map(n):  # reveal: (int(nonneg)) -> dict[int, int]
    return {i - 1: i * i - 2 for i in range(n)}


def entry_point(argv):  # reveal: (list[str]) -> int
    n = len(argv)
    d = index_words(argv[0].split("o"))
    inv = invert(d)
    sq = squares_map(len(argv[0]))
    return len(inv) + sq[0] - len(d)


def target(driver, args):
    return entry_point
