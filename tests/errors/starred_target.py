def entry_point(argv):
    a, *rest = argv
    return len(rest)

def target(driver, args):
    return entry_point
