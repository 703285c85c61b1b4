def entry_point(argv):
    return undefined_thing + 1

def target(driver, args):
    return entry_point
