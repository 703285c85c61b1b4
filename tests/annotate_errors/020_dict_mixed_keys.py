# error: the dict 'counts' would have both str and int keys (dict keys must have one type)
# at: "counts[len(argv)] = 2"
# provenance: "counts[argv[0]] = 1" (str key)


def entry_point(argv):
    counts = {}
    counts[argv[0]] = 1
    counts[len(argv)] = 2
    return len(counts)


def target(driver, args):
    return entry_point
