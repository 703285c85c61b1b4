"""Bound methods of different names in one variable: a {receiver,
function pointer} struct. A method overridden in subclasses is read from
the receiver's vtable when the struct is made; a bound method that may be
None stays None; methods of unrelated classes share the struct."""


class Shape(object):
    def __init__(self, n):
        self.n = n

    def area(self):
        return self.n

    def perimeter(self):
        return 4 * self.n


class Square(Shape):
    def area(self):
        return self.n * self.n


class Other(object):
    def describe(self):
        return 7


def apply(f):
    return f()


def entry_point(argv):
    n = len(argv)
    s = Shape(3)
    if n > 1:
        s = Square(3)
    fs = [s.area, s.perimeter]
    if n > 2:
        fs.append(Other().describe)
    for f in fs:
        print(apply(f))
    m = None
    if n > 3:
        m = s.perimeter
    ms = [m, s.area]
    for k in ms:
        if k is None:
            print("none")
        else:
            print(k())
    return 0


def target(driver, args):
    return entry_point


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
