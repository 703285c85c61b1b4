def sign(x):
    if x > 0:
        r = 1
    elif x < 0:
        r = -1
    else:
        r = 0
    return r

def entry_point(argv):
    return sign(len(argv) - 2)

def target(driver, args):
    return entry_point
