def f(a, b=2, c=3):
    return a + b * c

def entry_point(argv):
    return f(1) + f(1, c=4) + f(a=2, b=1)

def target(driver, args):
    return entry_point
