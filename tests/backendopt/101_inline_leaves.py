# passes: inline
# Small leaves collapse bottom-up; __init__ and accessors are inlined; a
# recursive callee is inlined once (the copy keeps its recursive call);
# @dont_inline callees stay calls; @always_inline is inlined whatever its
# size.
from rpython.rlib.objectmodel import always_inline, dont_inline


class Point(object):
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return absval(self.x) + absval(self.y)


def absval(a):
    if a < 0:
        return -a
    return a


def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)


@dont_inline
def twice(a):
    return a + a


@always_inline
def big(a):
    b = a * 3 + 1
    b = b * 3 + 1
    b = b * 3 + 1
    b = b * 3 + 1
    b = b * 3 + 1
    b = b * 3 + 1
    b = b * 3 + 1
    b = b * 3 + 1
    b = b * 3 + 1
    b = b * 3 + 1
    b = b * 3 + 1
    b = b * 3 + 1
    b = b * 3 + 1
    b = b * 3 + 1
    b = b * 3 + 1
    b = b * 3 + 1
    b = b * 3 + 1
    b = b * 3 + 1
    return b


def entry_point(argv):
    p = Point(len(argv), -3)
    print(p.norm1(), fact(len(argv)), twice(len(argv)), big(len(argv)))
    return 0


def target(driver, args):
    return entry_point
