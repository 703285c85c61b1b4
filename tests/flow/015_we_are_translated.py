from rpython.rlib.objectmodel import we_are_translated

DEBUG = False

def f(x):
    if we_are_translated():
        x += 1
    else:
        x -= 1
    if DEBUG:
        print("debug", x)
    return x

def entry_point(argv):
    return f(len(argv))

def target(driver, args):
    return entry_point
