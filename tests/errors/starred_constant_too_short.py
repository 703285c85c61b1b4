PAIR = (1, 2)

def entry_point(argv):
    a, b, *rest, c = PAIR
    return a + b + c

def target(driver, args):
    return entry_point
