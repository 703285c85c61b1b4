from rpython.rlib.rarithmetic import ovfcheck

def entry_point(argv):
    x = len(argv)
    return ovfcheck(x)

def target(driver, args):
    return entry_point
