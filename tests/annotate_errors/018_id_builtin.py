# error: id() is not RPython; use rpython.rlib.objectmodel.compute_unique_id
# at: "return id(obj)"
# provenance: "obj = Thing()" (Thing instance)


class Thing:
    def __init__(self):
        self.count = 0


def entry_point(argv):
    obj = Thing()
    if len(argv) > 3:
        return id(obj)
    return obj.count


def target(driver, args):
    return entry_point
