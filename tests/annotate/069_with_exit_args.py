# `__exit__` receives (None, None, None) on a normal exit and the exception's
# class and instance when the body raises: its parameters are nullable.
class Section:
    def __init__(self, name):  # reveal: (Section, str) -> None
        self.name = name
        self.log = []

    def __enter__(self):  # reveal: (Section) -> Section
        return self

    def __exit__(self, exc_type, exc_value, tb):  # reveal: (Section, type | None, BaseException | None, None) -> Literal[False]
        if exc_type is None:
            self.log.append("ok")
        else:
            self.log.append("error")
        return False


class Failure(Exception):
    pass


def work(s, n):  # reveal: (Section, int(nonneg)) -> int(nonneg)
    with s:
        with s as inner:
            if n > 3:
                raise Failure()
            n += len(inner.name)
    return n


def entry_point(argv):  # reveal: (list[str]) -> int
    s = Section(argv[0])
    try:
        return work(s, len(argv))
    except Failure:
        return -len(s.log)


def target(driver, args):
    return entry_point
