def entry_point(argv):
    s = {1, 2, len(argv)}
    return len(s)

def target(driver, args):
    return entry_point
