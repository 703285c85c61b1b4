def entry_point(argv):
    raise

def target(driver, args):
    return entry_point
