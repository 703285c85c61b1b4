# `raise X from Y`: Y is evaluated after X (and before X is instantiated,
# as in CPython) and dropped: exceptions carry no `__cause__`.
class ParseError(Exception):
    pass


def note(e):
    return e


def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise ParseError() from note(e)


def check(n):
    if n < 0:
        raise ParseError from None
    return n


def entry_point(argv):
    return check(parse(argv[0]))


def target(driver, args):
    return entry_point
