# error: variable 'x' can be an r_uint or an int that may be negative; merging unsigned and possibly negative signed integers is not allowed
# at: "return intmask(x)"
# provenance: "x = r_uint(len(argv))" (r_uint); "x = len(argv) - 5" (int, may be negative)
from rpython.rlib.rarithmetic import r_uint, intmask


def pick(argv):
    if len(argv) > 2:
        x = r_uint(len(argv))
    else:
        x = len(argv) - 5
    return intmask(x)


def entry_point(argv):
    return pick(argv)


def target(driver, args):
    return entry_point
