# error: 'find_count' always returns None, so adding 1 to its result cannot succeed (None + int)
# at: "return find_count(argv[0]) + 1"
# provenance: "return None" (the only value find_count returns)


def find_count(name):
    print("looking up", name)
    return None


def entry_point(argv):
    if len(argv) > 3:
        return find_count(argv[0]) + 1
    return 0


def target(driver, args):
    return entry_point
