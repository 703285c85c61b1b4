import math

def entry_point(argv):
    return math.no_such_function(1)

def target(driver, args):
    return entry_point
