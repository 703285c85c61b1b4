# error: the module-level list 'HISTORY' is a frozen constant and cannot be mutated (append) at run time; keep mutable state in an attribute of a prebuilt instance
# at: "HISTORY.append(x)"
# provenance: "HISTORY = []" (the module global)
HISTORY = []


def remember(x):
    HISTORY.append(x)


def entry_point(argv):
    if len(argv) > 3:
        remember(argv[0])
    return len(HISTORY)


def target(driver, args):
    return entry_point
