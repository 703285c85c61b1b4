def entry_point(argv):
    return (1 +

def target(driver, args):
    return entry_point
