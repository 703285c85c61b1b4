def absval(x):
    return x if x >= 0 else -x

def entry_point(argv):
    return absval(len(argv) - 3)

def target(driver, args):
    return entry_point
