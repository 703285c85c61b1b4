# error: the module-level dict 'CACHE' is a frozen constant and cannot be mutated (setitem) at run time; keep mutable state in an attribute of a prebuilt instance
# at: "CACHE[key] = value"
# provenance: "CACHE = {'zero': 0}" (the module global)
CACHE = {'zero': 0}


def store(key, value):
    CACHE[key] = value


def entry_point(argv):
    if len(argv) > 3:
        store(argv[0], len(argv))
    return CACHE.get(argv[0], -1)


def target(driver, args):
    return entry_point
