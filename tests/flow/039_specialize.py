from rpython.rlib.objectmodel import specialize

@specialize.argtype(0)
def double(x):
    return x + x

def entry_point(argv):
    s = double(argv[0])
    return double(len(s))

def target(driver, args):
    return entry_point
