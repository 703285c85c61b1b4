def divmod2(a, b):
    return a // b, a % b

def entry_point(argv):
    q, r = divmod2(len(argv) + 7, 2)
    a, (b, c) = 1, (2, 3)
    return q + r + a + b + c

def target(driver, args):
    return entry_point
