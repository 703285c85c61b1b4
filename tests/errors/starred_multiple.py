def entry_point(argv):
    *a, *b = argv
    return len(a)

def target(driver, args):
    return entry_point
