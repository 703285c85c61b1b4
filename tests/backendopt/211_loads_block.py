# passes: loads
# Repeated loads of one field in a block (and along the blocks the
# exception transform split off), a load after a store, and a store to the
# same field of another object of the class in between (kept: may alias).


class Point(object):
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm(self):
        return self.x * self.x + self.y * self.y


def after_store(p, v):
    p.x = v
    return p.x + 1


def aliased(p, q):
    a = p.x
    q.x = 5
    return a + p.x


def chain(p, d):
    a = p.x // d
    return a + p.x


def entry_point(argv):
    p = Point(len(argv), 2)
    q = Point(3, 4)
    print(p.norm(), after_store(p, 9), aliased(p, q), aliased(p, p), chain(p, 2))
    return 0


def target(driver, args):
    return entry_point
