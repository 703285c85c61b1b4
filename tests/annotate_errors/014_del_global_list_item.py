# error: the module-level list 'QUEUE' is a frozen constant and cannot be mutated (del) at run time; keep mutable state in an attribute of a prebuilt instance
# at: "del QUEUE[0]"
# provenance: "QUEUE = ['first', 'second', 'third']" (the module global)
QUEUE = ['first', 'second', 'third']


def drop_first():
    del QUEUE[0]


def entry_point(argv):
    if len(argv) > 3:
        drop_first()
    return len(QUEUE[len(argv)])


def target(driver, args):
    return entry_point
