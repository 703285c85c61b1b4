# error: getattr() with an attribute name that is not a constant is not RPython
# at: "return getattr(p, name)"
# provenance: "name = argv[0]" (the name is a run-time str)


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def entry_point(argv):
    p = Point(len(argv), 2)
    name = argv[0]
    if len(argv) > 3:
        return getattr(p, name)
    return p.x


def target(driver, args):
    return entry_point
