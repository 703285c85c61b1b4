# passes: mallocremoval
# Objects that escape must stay: stored in a list, returned, passed to a
# call, stored in another object, compared by identity with a pointer that
# may be the same object. Identity with a pointer that cannot be it (a
# parameter, None) is decided instead.


class P(object):
    pass


def use(p):
    return p.x


def stored(n):
    l = []
    p = P()
    p.x = n
    l.append(p)
    return len(l)


def returned(n):
    p = P()
    p.x = n
    return p


def passed(n):
    p = P()
    p.x = n
    return use(p)


def in_field(holder, n):
    p = P()
    p.x = n
    holder.x = n + 1
    holder.other = p
    return 0


def maybe_same(other, n):
    p = P()
    p.x = n
    q = p
    if n > 3:
        q = other
    return q is p


def never_same(other, n):
    p = P()
    p.x = n
    return p is other or p is None


def entry_point(argv):
    n = len(argv)
    h = P()
    h.x = 0
    h.other = h
    print(stored(n), returned(n).x, passed(n), in_field(h, n))
    print(maybe_same(h, n), never_same(h, n))
    return 0


def target(driver, args):
    return entry_point
