"""list() of dict views and builtin iterators: a loop appending until StopIteration."""


def entry_point(argv):
    d = {"a": 1, "b": 2}
    keys = list(d.keys())
    pairs = list(enumerate(["x"]))
    return len(keys) + len(pairs)


def target(driver, args):
    return entry_point
