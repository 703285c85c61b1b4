# passes: mallocremoval
# An object stored only in another non-escaping object is removed on the
# second round; a loop carrying a virtual object in its block arguments;
# fields read before any write give the allocator's zero (a class default
# is stored explicitly).


class Box(object):
    count = 7


class Pair(object):
    pass


def nested(n):
    inner = Box()
    inner.count = n
    outer = Pair()
    outer.first = inner
    outer.second = (n, n + 1)
    a, b = outer.second
    return outer.first.count + a * b


def carried(n):
    acc = Box()
    acc.count = 0
    i = 0
    while i < n:
        acc.count += i
        i += 1
    return acc.count


def defaults():
    b = Box()
    return b.count


def entry_point(argv):
    n = len(argv) + 3
    print(nested(n), carried(n), defaults())
    return 0


def target(driver, args):
    return entry_point
