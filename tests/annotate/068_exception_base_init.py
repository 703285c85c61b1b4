# Exception subclasses calling the builtin constructor explicitly.
# AppError is only instantiated through NotFound, so its `self` is NotFound.


class AppError(Exception):
    def __init__(self, msg, code):  # reveal: (NotFound, str, Literal[404]) -> None
        Exception.__init__(self, msg)
        self.code = code


class NotFound(AppError):
    def __init__(self, name):  # reveal: (NotFound, str) -> None
        AppError.__init__(self, "not found: " + name, 404)
        self.name = name


class Plain(Exception):
    def __init__(self, detail):  # reveal: (Plain, str) -> None
        super().__init__(detail)
        self.detail = detail


class Thing(object):
    def __init__(self, n):  # reveal: (Thing, int(nonneg)) -> None
        object.__init__(self)
        self.n = n


def lookup(name, n):  # reveal: (str, int(nonneg)) -> int(nonneg)
    if n > 3:
        raise NotFound(name)
    if n > 2:
        raise Plain(name)
    return Thing(n).n


def entry_point(argv):  # reveal: (list[str]) -> int(nonneg)
    try:
        return lookup(argv[0], len(argv))
    except AppError as e:
        return e.code
    except Plain as p:
        return len(p.detail)


def target(driver, args):
    return entry_point
