def make_scaler(k):
    def scale(x):  # reveal: (int) -> int
        return x * k
    return scale


TRIPLE = make_scaler(3)


def make_prefixer(prefix):
    def add_prefix(s):  # reveal: (str) -> str
        return prefix + s
    return add_prefix


TAG = make_prefixer("tag:")


def entry_point(argv):  # reveal: (list[str]) -> int
    def helper(x):  # reveal: (int) -> int
        return TRIPLE(x) - 1

    n = len(argv) - 5
    return helper(n) + len(TAG(argv[0]))


def target(driver, args):
    return entry_point
