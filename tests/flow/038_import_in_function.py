def entry_point(argv):
    import math
    from rpython.rlib.rarithmetic import intmask
    return intmask(int(math.sqrt(float(len(argv)))))

def target(driver, args):
    return entry_point
