def total(*args):
    s = 0
    for a in args:
        s += a
    return s

def entry_point(argv):
    t = (1, 2)
    return total(1, 2, 3) + total(*t)

def target(driver, args):
    return entry_point
