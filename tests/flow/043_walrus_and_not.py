def f(items):
    if (n := len(items)) > 2 and not n == 5:
        return n
    return 0

def entry_point(argv):
    return f(argv)

def target(driver, args):
    return entry_point
