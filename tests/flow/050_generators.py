# Generators: the generator function creates an instance of its synthesized
# class `f.<generator>` saving the parameters its body uses; `__next__`
# dispatches on `gi_state`, each `yield` saves the live variables into the
# fields of its resumption point and returns the value, and falling off the
# end or `return` raises StopIteration.
def count_up(start, stop, unused):
    i = start
    while i < stop:
        yield i
        i += 1


def pairs(items, limit):
    n = 0
    for x in items:
        if x < 0:
            return
        yield x
        n += 1
        if n >= limit:
            break
    yield -1


def safe_div(values, d):
    for v in values:
        try:
            q = v // d
        except ZeroDivisionError:
            q = 0
        yield q


def entry_point(argv):
    total = 0
    for i in count_up(1, 5, argv):
        total += i
    for p in pairs([1, 2, -3], 2):
        total += p
    g = safe_div([4, 6], len(argv))
    total += next(g)
    return total


def target(driver, args):
    return entry_point
