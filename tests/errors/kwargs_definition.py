def f(**kwargs):
    return 0

def entry_point(argv):
    return f(a=1)

def target(driver, args):
    return entry_point
