from rpython.rlib.rarithmetic import ovfcheck, intmask, r_uint

def add(a, b):
    try:
        return ovfcheck(a + b)
    except OverflowError:
        return -1

def entry_point(argv):
    x = r_uint(len(argv))
    return add(len(argv), 1) + intmask(x * r_uint(3))

def target(driver, args):
    return entry_point
