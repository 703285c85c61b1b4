NAMES = ["zero", "one", "two", "three"]
OFFSETS = [3, -1, 4, -1, 5]
KEYWORDS = {"if": 1, "else": 2, "while": -3}
PAIRS = [("alpha", 1), ("beta", -2)]


def name_of(i):  # reveal: (int) -> str
    return NAMES[i]


def offset(i):  # reveal: (int) -> int
    return OFFSETS[i]


def keyword(s):  # reveal: (str) -> int
    return KEYWORDS.get(s, 0)


def is_keyword(s):  # reveal: (str) -> bool
    return s in KEYWORDS


def pair_at(i):  # reveal: (int) -> tuple[str, int]
    return PAIRS[i]


def entry_point(argv):  # reveal: (list[str]) -> int
    i = len(argv) - 1
    r = len(name_of(i)) + offset(i) + keyword(argv[0])
    if is_keyword(argv[0]):
        r += 1
    name, value = pair_at(i)
    return r + len(name) + value


def target(driver, args):
    return entry_point
