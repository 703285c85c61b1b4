"""specialize.memo(): a constant argument gives the prebuilt result; a
class chosen at run time, a bool and a nullable class select among the
results computed at translation time."""
from rpython.rlib.objectmodel import specialize


class Red(object):
    NAME = "red"


class Green(object):
    NAME = "green"


@specialize.memo()
def label(cls):
    return "<" + cls.NAME + ">"


@specialize.memo()
def size(cls, big):
    if cls is None:
        return -1
    return len(cls.NAME) * (10 if big else 1)


def pick(n):
    if n > 1:
        return Red
    return Green


def maybe(n):
    if n > 2:
        return Red
    return None


def entry_point(argv):
    n = len(argv)
    print(label(Red), label(pick(n)), size(pick(n), n > 3), size(maybe(n), False))
    return 0


def target(driver, args):
    return entry_point


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
