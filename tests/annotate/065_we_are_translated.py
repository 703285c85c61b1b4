from rpython.rlib.objectmodel import we_are_translated


def translated():  # reveal: () -> Literal[True]
    return we_are_translated()


def compute(n):  # reveal: (int) -> int
    if we_are_translated():
        return n * 2
    return None


def debug_log(msg):  # reveal: (str) -> None
    if not we_are_translated():
        print("untranslated:", msg)


def entry_point(argv):  # reveal: (list[str]) -> int
    n = len(argv) - 3
    compute(n)
    debug_log(argv[0])
    if translated():
        return n
    return n - 1


def target(driver, args):
    return entry_point
