from rpython.rlib.objectmodel import specialize


@specialize.call_location()
def identity(x):
    return x


def int_site(n):  # reveal: (int) -> int
    return identity(n)


def str_site(s):  # reveal: (str) -> str
    return identity(s)


def list_site(lst):  # reveal: (list[float]) -> list[float]
    return identity(lst)


def entry_point(argv):  # reveal: (list[str]) -> int
    n = len(argv) - 2
    floats = list_site([n * 0.5, 1.5])
    return int_site(n) + len(str_site(argv[0])) + int(floats[0])


def target(driver, args):
    return entry_point
