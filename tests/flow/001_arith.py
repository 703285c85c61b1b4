def f(x, y):
    z = x + y * 2
    return z - 1

def entry_point(argv):
    return f(len(argv), 3)

def target(driver, args):
    return entry_point
