# error: a Point instance cannot be subscripted (Point has no __getitem__)
# at: "return p[0]"
# provenance: "p = Point(len(argv), 2)" (Point instance)


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def entry_point(argv):
    p = Point(len(argv), 2)
    if len(argv) > 3:
        return p[0]
    return p.x


def target(driver, args):
    return entry_point
