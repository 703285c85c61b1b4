def pick(a, b):
    x = a or b
    y = a and b
    return x + y

def first(s):
    if s is not None and len(s) > 0:
        return s[0]
    return ""

def entry_point(argv):
    return pick(len(argv), 2) + len(first(argv[0]))

def target(driver, args):
    return entry_point
