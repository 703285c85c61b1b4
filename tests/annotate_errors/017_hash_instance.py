# error: hash() is not RPython (here of a Key instance); use rpython.rlib.objectmodel.compute_hash / compute_identity_hash
# at: "return hash(k)"
# provenance: "k = Key(argv[0])" (Key instance)


class Key:
    def __init__(self, name):
        self.name = name


def entry_point(argv):
    k = Key(argv[0])
    if len(argv) > 3:
        return hash(k)
    return len(k.name)


def target(driver, args):
    return entry_point
