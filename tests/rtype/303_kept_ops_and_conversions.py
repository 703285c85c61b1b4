"""Constants and conversions the rtyper must not lose: r_uint of a literal
above 2**63, a lookup whose result is known but which can still raise, a
protected op that never returns normally, and tuples whose items change
representation (a char item stored as a str). A long in a prebuilt list
of floats is converted exactly."""
from rpython.rlib.rarithmetic import r_uint, intmask

FLOATS = [0.5, 2**70]


def fnv_start(n):
    # Folded to the unsigned bit pattern of the literal.
    return r_uint(0xcbf29ce484222325) * r_uint(n)


def get_key(d, k):
    # Every value of `d` is 1, but the lookup still runs (KeyError).
    try:
        return d[k]
    except KeyError:
        return -2


def pop_empty(lst):
    # `pop()` of a list that is always empty never returns normally: its
    # exception exit is kept.
    try:
        lst.pop()
    except IndexError:
        return 1
    return 0


def total(*args):
    # Called without arguments: `next` of the empty tuple never returns
    # normally; its StopIteration exit leaves the loop.
    s = 0
    for a in args:
        s += a
    return s


def pairs(n):
    # ("8", 8) has a char item: converted to a (str, int) tuple.
    lst = [("ab", 1), ("8", 8)]
    lst.append(("c", n))
    return lst


def entry_point(argv):
    n = len(argv)
    d = {"a": 1}
    print(intmask(fnv_start(n)), get_key(d, "b"), pop_empty([]), len(pairs(n)))
    print(FLOATS[n] * 1.0, total())
    return 0


def target(driver, args):
    return entry_point
