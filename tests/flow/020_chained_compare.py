def between(a, x, b):
    return a <= x < b

def entry_point(argv):
    if between(0, len(argv), 10):
        return 1
    return 0

def target(driver, args):
    return entry_point
