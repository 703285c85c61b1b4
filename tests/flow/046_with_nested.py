# Nested `with` statements, inside a `try`: the exception caught from the
# body reaches each `__exit__` as (class, instance) even though the calls
# to `__exit__` can themselves raise into the enclosing handlers.
class Section:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, tb):
        return False


class Failure(Exception):
    pass


def work(n):
    try:
        with Section("outer") as o:
            with Section("inner") as i:
                if n > 2:
                    raise Failure()
                n = n + len(i.name)
            n = n + len(o.name)
    except Failure:
        return -1
    return n


def entry_point(argv):
    return work(len(argv))


def target(driver, args):
    return entry_point
