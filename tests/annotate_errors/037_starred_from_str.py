# A starred assignment needs a list: from a str, CPython would give a list
# of characters, which RPython does not do implicitly.
def f(s):
    a, *b = s
    return len(b)


def entry_point(argv):
    return f(argv[0])


def target(driver, args):
    return entry_point
