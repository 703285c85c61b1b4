# Dicts the rtyper cannot lower yet: a prebuilt dict keyed by instances
# (identity hashes are only known at run time) and float keys inside a
# tuple key.


class Op(object):
    def __init__(self, name):
        self.name = name


ADD = Op("add")
SUB = Op("sub")
ARITY = {ADD: 2, SUB: 3}


def entry_point(argv):
    op = ADD
    if len(argv) > 5:
        op = SUB
    print(ARITY[op])
    return 0


def target(driver, args):
    return entry_point
