class AppError(Exception):
    def __init__(self, code):  # reveal: (AppError, int) -> None
        self.code = code


class NotFound(AppError):
    pass


class Denied(AppError):
    pass


def check(n):  # reveal: (int) -> int
    if n < 0:
        raise NotFound(n)
    if n > 100:
        raise Denied(n - 100)
    return n * 2 - 1


def describe(e):  # reveal: (AppError) -> str
    return "error %d" % e.code


def handle(n):  # reveal: (int) -> int
    try:
        return check(n)
    except (NotFound, Denied) as e:
        print(describe(e))
        return e.code - 1


def entry_point(argv):  # reveal: (list[str]) -> int
    return handle(len(argv) - 3) + handle(len(argv) * 200 - 5)


def target(driver, args):
    return entry_point
