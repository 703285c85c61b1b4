# passes: inline
# A callee that raises: its normal returns go straight to the caller's
# "no exception" exit, its exceptional return (the propagate block, which
# notes the callee's raise site first) to the caller's exception exit; in
# a try/except the exceptional return enters the handler dispatch.


class BadValue(Exception):
    pass


def check(n):
    if n > 10:
        raise BadValue()
    if n < 0:
        return -1
    return n * 2


def guarded(n):
    try:
        return check(n)
    except BadValue:
        return 99


def entry_point(argv):
    n = len(argv)
    print(check(n), guarded(n + 20))
    return 0


def target(driver, args):
    return entry_point
