"""str()/repr() of lists and tuples (items shown with repr) and of exception instances."""


class E(Exception):
    pass


def entry_point(argv):
    print([1, 2], repr(["a", "b'c"]), (1,), ("x", 2.5))
    print(str(E("x", 2)), repr(E("it's")))
    return 0


def target(driver, args):
    return entry_point
