def entry_point(argv):
    return 0

def target(driver, args):
    return 42
