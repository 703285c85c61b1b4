# str() of a variable whose class has no __str__ while a subclass defines
# one: which method runs depends on the run-time class (not supported yet).
class Base(object):
    def __init__(self, n):
        self.n = n


class Child(Base):
    def __str__(self):
        return "child"


def show(b):
    return str(b)


def entry_point(argv):
    b = Base(1)
    if len(argv) > 1:
        b = Child(2)
    print(show(b))
    return 0


def target(driver, args):
    return entry_point
