# Generators of different functions meeting in one variable are seen as
# their common base class `generator`, whose `__next__` may be any
# generator's: all generators of the program must then yield one type.
def countdown(n):
    while n > 0:
        yield n
        n -= 1


def labels(words, sep):
    for i, w in enumerate(words):
        yield str(i) + sep + w


def evens(limit):
    for i in range(limit):
        if i % 2 == 0:
            yield i


def take(src, n):
    out = []
    for x in src:
        if len(out) >= n:
            break
        out.append(x)
    return out


def entry_point(argv):
    total = 0
    for k in countdown(len(argv) + 3):
        total += k
    names = list(labels(argv, ":"))
    g = evens(10)
    first = next(g)
    return total + len(names) + first + len(take(countdown(5), 2)) + len(take(g, 3))


def target(driver, args):
    return entry_point
