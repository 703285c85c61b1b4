class Log:
    def __init__(self):
        self.entries = []

    def add(self, s):  # reveal: (Log, str) -> None
        self.entries.append(s)


LOG = Log()


def risky(n):  # reveal: (int) -> int
    if n > 10:
        raise ValueError("too big")
    return n - 1


def guarded(n):  # reveal: (int) -> int
    LOG.add("start")
    try:
        return risky(n)
    finally:
        LOG.add("end")


def outer(n):  # reveal: (int) -> int
    try:
        r = guarded(n)
    except ValueError:
        r = -1
    finally:
        LOG.add("done")
    return r


def entry_point(argv):  # reveal: (list[str]) -> int
    n = len(argv)
    return outer(n - 3) + outer(n * 20 - 2) + len(LOG.entries)


def target(driver, args):
    return entry_point
