SIZE = 4 * 1024
NAMES = ("a", "b", "c")
MASK = (1 << 8) - 1

def f(x):
    return (x + SIZE) & MASK

def entry_point(argv):
    return f(len(NAMES[1] + "x"))

def target(driver, args):
    return entry_point
