"""Mixins (multiple inheritance from a plain mixin class, and import_from_mixin) and objectmodel.instantiate."""
from rpython.rlib.objectmodel import import_from_mixin, instantiate


class ComparableMixin(object):
    _mixin_ = True

    def is_less(self, other):
        return self.key() < other.key()

    def is_equal(self, other):
        return self.key() == other.key()


class Base(object):
    def __init__(self, name):
        self.name = name

    def key(self):
        return 0


class Version(Base, ComparableMixin):
    def __init__(self, name, major, minor):
        Base.__init__(self, name)
        self.major = major
        self.minor = minor

    def key(self):
        return self.major * 1000 + self.minor


class CounterMixin(object):
    def bump(self):
        self.count += 1
        return self.count

    def reset(self):
        self.count = 0


class Clicker(object):
    import_from_mixin(CounterMixin)

    def __init__(self):
        self.count = 0


class Plain(object):
    def __init__(self):
        self.value = 7

    def get(self):
        return self.value


def entry_point(argv):
    vs = [Version("a", 1, 2), Version("b", 1, 10), Version("c", 0, 99), Version("d", 1, 2)]
    for x in vs:
        row = []
        for y in vs:
            if x.is_less(y):
                row.append("<")
            elif x.is_equal(y):
                row.append("=")
            else:
                row.append(">")
        print(x.name, x.key(), "".join(row))
    c = Clicker()
    for i in range(5):
        c.bump()
    print("clicker:", c.count)
    c.reset()
    print("after reset:", c.count, c.bump())
    p = instantiate(Plain)
    p.value = 99
    print("instantiate without __init__:", p.get(), Plain().get())
    return 0


def target(driver, args):
    return entry_point


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
