# passes: mallocremoval loads
# A method call on a prebuilt instance: its typeptr is immutable, so the
# vtable is a constant, its method slot a constant function pointer, and
# the indirect call a direct call. On an object of unknown class (returned
# by `pick`, which escapes) the call stays indirect.


class Shape(object):
    def area(self):
        return 0


class Square(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s * self.s


class Circle(Shape):
    def area(self):
        return 3


UNIT = Square(1)


def pick(n):
    if n > 2:
        return Circle()
    return UNIT


def known(n):
    return UNIT.area() + pick(n).area()


def entry_point(argv):
    print(known(len(argv)))
    return 0


def target(driver, args):
    return entry_point
