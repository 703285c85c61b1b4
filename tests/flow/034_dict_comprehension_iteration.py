def invert(d):
    return {v: k for k, v in d.items()}

def entry_point(argv):
    d = {"a": 1, "b": 2}
    r = invert(d)
    n = 0
    for k in r:
        n += k
    for k, v in d.items():
        n += v
    return n

def target(driver, args):
    return entry_point
