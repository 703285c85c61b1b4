def parse(s):
    try:
        n = int(s)
    except ValueError:
        n = -1
    return n

def entry_point(argv):
    return parse(argv[0])

def target(driver, args):
    return entry_point
