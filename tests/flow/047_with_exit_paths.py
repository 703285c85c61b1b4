# `__exit__` on every way out of a `with` body: normal exit, `return`,
# `break` and `continue` call it with (None, None, None); an exception
# raised by an operation (here `lst[i]`, whose IndexError is caught outside)
# calls it with the exception's class and instance, then propagates.
class Counter:
    def __init__(self):
        self.exits = 0

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, tb):
        self.exits += 1


def scan(c, lst):
    total = 0
    for i in range(len(lst) + 1):
        with c:
            if i == 1:
                continue
            if i == 5:
                break
            try:
                total += lst[i]
            except IndexError:
                return -total
    return total


def entry_point(argv):
    c = Counter()
    return scan(c, [len(a) for a in argv]) + c.exits


def target(driver, args):
    return entry_point
