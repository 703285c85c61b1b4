# passes: mallocremoval
# A `for` over range() (range + iterator structs), a tuple built and
# unpacked, and a small instance without __init__: all removed.


class Vec(object):
    pass


def loop(n):
    total = 0
    for i in range(n):
        total += i
    return total


def swap(a, b):
    t = (b, a)
    x, y = t
    return x - y


def vec(a):
    v = Vec()
    v.x = a
    v.y = a + 1
    if isinstance(v, Vec):
        v.x += v.y
    return v.x * 2


def entry_point(argv):
    n = len(argv) + 5
    print(loop(n), swap(n, 3), vec(n))
    return 0


def target(driver, args):
    return entry_point
