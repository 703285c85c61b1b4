# Generators: the generator object is an instance of its class
# `f.<generator>` (fields: gi_state and the saved variables); `__next__`
# raises StopIteration through the vtable of the class constant; `list()` of
# a generator is a synthesized loop catching StopIteration; two generator
# classes meeting in `total` call `__next__` through a vtable slot of the
# base class `generator`.
def countdown(n):
    while n > 0:
        yield n
        n -= 1


def squares(src):
    for x in src:
        yield x * x


def total(gen):
    s = 0
    for x in gen:
        s += x
    return s


def entry_point(argv):
    lst = list(countdown(len(argv) + 2))
    g = squares(countdown(3))
    first = next(g)
    return len(lst) + first + total(g) + total(countdown(4))


def target(driver, args):
    return entry_point
